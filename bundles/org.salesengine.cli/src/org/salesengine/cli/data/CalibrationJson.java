package org.salesengine.cli.data;

import java.io.PrintWriter;
import java.util.List;

import org.salesengine.cli.report.JsonReport;
import org.salesengine.data.calibration.Calibration;
import org.salesengine.data.calibration.Figure;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.ElementIds;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The JSON report of {@code calibrate}: exact numbers (rates as fractions, days, amounts), each figure with its
 * element ({@code AcmeEmea.NewBusiness.Lead}), declared value, observed value, sample size and interval, then the findings as {@code check --format json} writes them.
 */
final class CalibrationJson {
	private CalibrationJson() {
	}

	static void write(Calibration.Result result, List<Finding> findings, PrintWriter out) {
		JsonObject root = new JsonObject();
		root.addProperty("engine", result.engine().name());
		root.addProperty("export", result.export());
		root.addProperty("since", result.since() == null ? null : result.since().toString());
		root.addProperty("rows", result.rows());
		root.addProperty("skipped", result.skipped());
		root.addProperty("beforeSince", result.beforeSince());
		root.addProperty("unmatched", result.unmatched());
		JsonArray processes = new JsonArray();
		for (Calibration.ProcessResult process : result.processes()) {
			JsonObject object = new JsonObject();
			object.addProperty("process", process.process().getName());
			object.addProperty("opportunities", process.opportunities());
			object.addProperty("won", process.won());
			object.addProperty("lost", process.lost());
			object.addProperty("open", process.open());
			object.addProperty("lostAtUnknownStage", process.lostAtUnknownStage());
			JsonArray figures = new JsonArray();
			for (Figure figure : process.figures()) {
				JsonObject f = new JsonObject();
				f.addProperty("figure", figure.kind().label());
				f.addProperty("stage", figure.stage());
				// The stage or process the figure is of, named as diff and compare name it (AcmeEmea.NewBusiness.Lead).
				f.addProperty("element", figure.element() == null ? null : ElementIds.qualifiedName(figure.element()));
				f.addProperty("unit", figure.kind().isRate() ? "fraction" : figure.kind().isDays() ? "days" : "currency");
				f.addProperty("declared", figure.declared());
				f.addProperty("observed", Double.isNaN(figure.observed()) ? null : figure.observed());
				f.addProperty("sample", figure.sample());
				if (figure.interval() != null) {
					JsonObject interval = new JsonObject();
					interval.addProperty("low", figure.interval().low());
					interval.addProperty("high", figure.interval().high());
					interval.addProperty("confidence", 0.9);
					interval.addProperty("method", figure.interval().method());
					f.add("interval", interval);
				}
				f.addProperty("optimistic", figure.optimistic());
				figures.add(f);
			}
			object.add("figures", figures);
			processes.add(object);
		}
		root.add("processes", processes);
		JsonArray array = new JsonArray();
		findings.forEach(finding -> array.add(JsonReport.finding(finding)));
		root.add("findings", array);
		JsonArray problems = new JsonArray();
		result.problems().forEach(problems::add);
		root.add("problems", problems);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
	}
}
