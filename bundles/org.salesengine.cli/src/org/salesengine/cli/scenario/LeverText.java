package org.salesengine.cli.scenario;

import java.io.PrintWriter;

import org.salesengine.analysis.scenario.ComparisonRow;
import org.salesengine.analysis.scenario.LeverSearch;
import org.salesengine.cli.analysis.TextTable;
import org.salesengine.model.engine.Amounts;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code compare --levers}: the candidates ranked, as text, JSON or Markdown. */
public final class LeverText {
	private LeverText() {
	}

	public static void write(LeverSearch.Result result, String format, PrintWriter out) {
		switch (format) {
			case "json" -> json(result, out);
			case "markdown" -> markdown(result, out);
			default -> text(result, out);
		}
	}

	private static void text(LeverSearch.Result result, PrintWriter out) {
		out.println(result.engine() + ": single changes ranked by revenue reach gained per unit of cost (pay at target);"
				+ " base reach " + reach(result.base().revenueReach()) + ", amounts in " + result.currency());
		TextTable table = new TextTable("", "rank", "change", "reach", "Δ reach", "Δ pay at target", "Δ reach per 100k").left(1);
		int rank = 1;
		for (LeverSearch.Lever lever : result.levers()) {
			table.row(String.valueOf(rank++), lever.change(), reach(lever.figures().revenueReach()), points(lever.reachGain()),
					ComparisonRow.amountDelta(lever.cost()), perHundredK(lever));
		}
		table.print(out);
	}

	private static void markdown(LeverSearch.Result result, PrintWriter out) {
		out.println("### Levers of " + Markdown.escape(result.engine()));
		out.println();
		out.println("| rank | change | reach | Δ reach | Δ pay at target | Δ reach per 100k |");
		out.println("| ---: | --- | ---: | ---: | ---: | ---: |");
		int rank = 1;
		for (LeverSearch.Lever lever : result.levers()) {
			out.println(Markdown.row(java.util.List.of(String.valueOf(rank++), Markdown.escape(lever.change()),
					reach(lever.figures().revenueReach()), points(lever.reachGain()), ComparisonRow.amountDelta(lever.cost()), perHundredK(lever))));
		}
	}

	private static void json(LeverSearch.Result result, PrintWriter out) {
		JsonObject document = new JsonObject();
		document.addProperty("schema", "salesengine-levers/1");
		document.addProperty("engine", result.engine());
		document.addProperty("baseReach", result.base().revenueReach());
		JsonArray levers = new JsonArray();
		for (LeverSearch.Lever lever : result.levers()) {
			JsonObject object = new JsonObject();
			object.addProperty("change", lever.change());
			object.addProperty("reach", lever.figures().revenueReach());
			object.addProperty("reachGain", lever.reachGain());
			object.addProperty("cost", lever.cost());
			object.addProperty("gainPerCost", lever.gainPerCost());
			levers.add(object);
		}
		document.add("levers", levers);
		out.println(ComparisonJson.GSON.toJson(document));
	}

	private static String reach(Double reach) {
		return reach == null ? "–" : Amounts.percent(reach);
	}

	private static String points(Double gain) {
		// The same form as compare's deltas: +1.3 pts, ±0.
		return gain == null ? "–" : ComparisonRow.pointsDelta(gain);
	}

	private static String perHundredK(LeverSearch.Lever lever) {
		Double perCost = lever.gainPerCost();
		return perCost == null ? (lever.cost() <= 0 && lever.reachGain() != null && lever.reachGain() > 1e-9 ? "free" : "–")
				: String.format(java.util.Locale.ROOT, "%+.2f pts", perCost * 100_000 * 100);
	}
}
