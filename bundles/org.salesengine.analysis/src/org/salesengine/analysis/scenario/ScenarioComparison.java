package org.salesengine.analysis.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.health.HealthPillar;
import org.salesengine.analysis.scenario.ComparisonRow.Kind;

/**
 * Scenarios side by side: each analysed as {@code analyze} analyses an engine (the same options, so a simulation
 * uses the same seed in every column), and the figures of {@link ScenarioFigures} in one row each.
 *
 * @param engine    the engine's name
 * @param scenarios the columns; the first is the one the deltas are taken to
 * @param analyses  one per column
 * @param figures   one per column
 * @param rows      the table
 */
public record ScenarioComparison(String engine, String currency, List<ScenarioEngine> scenarios,
		List<AnalysisResult> analyses, List<ScenarioFigures> figures, List<ComparisonRow> rows) {

	public static ScenarioComparison of(List<ScenarioEngine> scenarios, AnalysisOptions options) {
		List<AnalysisResult> analyses = new ArrayList<>();
		List<ScenarioFigures> figures = new ArrayList<>();
		for (ScenarioEngine scenario : scenarios) {
			AnalysisResult analysis = EngineAnalysis.analyze(scenario.engine(), scenario.findings(), options);
			analyses.add(analysis);
			figures.add(ScenarioFigures.of(analysis, scenario.findings()));
		}
		List<ComparisonRow> rows = new ArrayList<>();
		rows.add(row("revenue-reach", "revenue reach", Kind.PERCENT, figures, ScenarioFigures::revenueReach));
		rows.add(row("reach-limit", "  set by", Kind.TEXT, figures, ScenarioFigures::reachLimit));
		rows.add(row("street-quota", "street quota, nominal", Kind.AMOUNT, figures, ScenarioFigures::streetQuota));
		rows.add(row("effective-street-quota", "street quota, effective", Kind.AMOUNT, figures, ScenarioFigures::effectiveStreetQuota));
		rows.add(row("cost-of-sales", "cost of sales", Kind.PERCENT, figures, ScenarioFigures::costOfSales));
		rows.add(row("pay-at-target", "pay at target (OTE)", Kind.AMOUNT, figures, ScenarioFigures::payAtTarget));
		if (options.simulation() != null) {
			rows.add(row("payout-p10", "simulated variable pay P10", Kind.AMOUNT, figures, ScenarioFigures::p10));
			rows.add(row("payout-p50", "simulated variable pay P50", Kind.AMOUNT, figures, ScenarioFigures::p50));
			rows.add(row("payout-p90", "simulated variable pay P90", Kind.AMOUNT, figures, ScenarioFigures::p90));
		}
		rows.add(row("errors", "errors", Kind.COUNT, figures, ScenarioFigures::errors));
		rows.add(row("warnings", "warnings", Kind.COUNT, figures, ScenarioFigures::warnings));
		rows.add(row("infos", "infos", Kind.COUNT, figures, ScenarioFigures::infos));
		for (HealthPillar pillar : HealthPillar.values()) {
			rows.add(row("health-" + pillar.id(), "health: " + pillar.label(), Kind.COUNT, figures, f -> f.pillarScores().get(pillar)));
		}
		rows.add(row("biggest-shift", "biggest shift", Kind.TEXT, figures, ScenarioFigures::biggestShift));
		AnalysisResult first = analyses.get(0);
		return new ScenarioComparison(first.engine(), first.currency(), List.copyOf(scenarios), List.copyOf(analyses),
				List.copyOf(figures), List.copyOf(rows));
	}

	private static ComparisonRow row(String key, String label, Kind kind, List<ScenarioFigures> figures,
			Function<ScenarioFigures, Object> value) {
		return new ComparisonRow(key, label, kind, figures.stream().map(value).toList());
	}

	/** The column names: base, MoreSdrs, ... */
	public List<String> columns() {
		return scenarios.stream().map(ScenarioEngine::name).toList();
	}

	public ComparisonRow row(String key) {
		return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
	}
}
