package org.salesengine.cli.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.health.BiggestShift;
import org.salesengine.analysis.health.PillarHealth;
import org.salesengine.analysis.health.ScoredCause;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.Amounts;

/**
 * The analysis for people: the answer first (the biggest shift), then the health of each pillar with its heaviest
 * findings, then the figures behind them. Short sentences and aligned tables, meant to be pasted into a slide.
 */
public final class AnalysisText {
	/** Findings shown per pillar; the rest are one 'salesengine check' away. */
	static final int FINDINGS_PER_PILLAR = 5;

	private AnalysisText() {
	}

	public static void write(AnalysisResult result, List<Finding> validatorFindings, PrintWriter out) {
		header(result, validatorFindings, out);
		biggestShift(result.health().biggestShift(), out);
		health(result, out);
		FunnelText.funnels(result, out);
		FunnelText.levers(result, out);
		FunnelText.capacity(result, out);
		PayText.payAtTarget(result, out);
		PayText.payoutTables(result, out);
		PlanTermsText.periodPayouts(result, out);
		PayText.simulation(result, out);
		notes(result, out);
	}

	private static void header(AnalysisResult result, List<Finding> validatorFindings, PrintWriter out) {
		List<String> facts = new ArrayList<>();
		if (result.currency() != null) {
			facts.add(result.currency());
		}
		if (result.periodStart() != null && result.periodEnd() != null) {
			facts.add(result.periodStart() + " to " + result.periodEnd());
		}
		if (result.revenueTarget() != null) {
			facts.add("revenue target " + Amounts.brief(result.revenueTarget()));
		}
		String title = result.displayName().equals(result.engine()) ? result.engine()
				: result.displayName() + " (" + result.engine() + ")";
		out.println(title + (facts.isEmpty() ? "" : ": " + String.join(", ", facts)));
		long errors = validatorFindings.stream().filter(Finding::isError).count();
		long warnings = validatorFindings.stream().filter(f -> f.severityLabel().equals("warning")).count();
		out.println(errors + warnings == 0 ? "Validator: no problems."
				: "Validator: " + count(errors, "error") + " and " + count(warnings, "warning") + " (salesengine check "
						+ files(validatorFindings) + "); the figures below use what the design gives.");
		out.println();
	}

	private static void biggestShift(BiggestShift shift, PrintWriter out) {
		out.println("Biggest shift");
		out.println("  " + shift.headline());
		shift.reasons().forEach(reason -> out.println("  - " + reason));
		out.println();
	}

	private static void health(AnalysisResult result, PrintWriter out) {
		out.println("Health by pillar, weakest first (100: nothing counts against it)");
		TextTable table = new TextTable("  ", "pillar", "score", "errors", "warnings");
		for (PillarHealth pillar : result.health().pillars()) {
			table.row(pillar.pillar().label(), String.valueOf(pillar.score()), String.valueOf(pillar.errors()),
					String.valueOf(pillar.warnings()));
		}
		table.print(out);
		boolean first = true;
		for (PillarHealth pillar : result.health().pillars()) {
			List<ScoredCause> weighing = pillar.causes().stream().filter(c -> c.penalty() > 0).toList();
			if (weighing.isEmpty()) {
				continue;
			}
			if (first) {
				out.println();
				out.println("Causes by pillar, heaviest first (errors weigh 20, warnings 5, doubled on a priority-1 objective;"
						+ " a cause of n findings up to 1 + log2 n times its heaviest)");
				first = false;
			}
			out.println("  " + pillar.pillar().label() + " (" + pillar.score() + "):");
			for (ScoredCause cause : weighing.stream().limit(FINDINGS_PER_PILLAR).toList()) {
				Finding finding = cause.first();
				String objective = cause.priority() == null ? ""
						: "; objective " + cause.objective() + ", priority " + cause.priority();
				out.println("  - " + finding.severityLabel() + ": " + cause.headline() + " (line " + lines(cause) + objective
						+ ")");
			}
			if (weighing.size() > FINDINGS_PER_PILLAR) {
				out.println("    and " + (weighing.size() - FINDINGS_PER_PILLAR) + " more (all of them: --format json)");
			}
		}
		out.println();
	}

	/** "43", or "39, 43" for a cause's findings in one file; "lines" is left out to keep the line short. */
	private static String lines(ScoredCause cause) {
		return String.join(", ", cause.findings().stream().map(f -> String.valueOf(f.finding().line())).distinct().toList());
	}

	private static void notes(AnalysisResult result, PrintWriter out) {
		if (result.notes().isEmpty()) {
			return;
		}
		out.println("Not computed");
		for (AnalysisNote note : result.notes()) {
			out.println("  - " + note.topic().label() + ": " + note.reason());
		}
		out.println();
	}

	private static String files(List<Finding> findings) {
		return String.join(" ", findings.stream().map(Finding::file).distinct().toList());
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
