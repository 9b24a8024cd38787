package org.salesengine.data.calibration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.data.columns.ColumnMappings;
import org.salesengine.data.columns.Header;
import org.salesengine.data.crm.Opportunity;
import org.salesengine.data.crm.Opportunity.Outcome;
import org.salesengine.model.SalesEnginePackage.Literals;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.FunnelSizing;

/**
 * What the opportunities of one process show, kept as counts and running means (constant memory for any export).
 *
 * <p>An opportunity that reached stage i has passed every stage before it. At the stage it reached it was won (the
 * last stage), lost, or is still open: an open opportunity has not been decided there yet, so it counts for no stage's
 * conversion at that stage (it would bias the rate down), only for the stages it has left behind. A lost opportunity
 * whose last stage the export does not say (Salesforce's "Closed Lost" without a stage history) counts for the win rate
 * only. A stage's duration is the days from entering it to entering the next one (for the last stage: to the close of
 * a won deal), from the stage history; the first stage is entered when the opportunity is created unless the history
 * says otherwise.
 */
final class ProcessObservations {
	private enum Match {
		STAGE, WON, LOST
	}

	private record Matched(Match kind, int stage) {
	}

	final SalesProcess process;
	private final List<Stage> stages;
	private final Map<String, Matched> names = new HashMap<>();
	private final Rate[] conversions;
	private final Mean[] durations;
	private final Rate winRate = new Rate();
	private final Mean wonAmount = new Mean();
	private final Mean cycle = new Mean();
	int opportunities;
	int won;
	int lost;
	int open;
	int lostAtUnknownStage;

	ProcessObservations(SalesProcess process, Map<String, String> mapping) {
		this.process = process;
		this.stages = List.copyOf(process.getStages());
		this.conversions = new Rate[stages.size()];
		this.durations = new Mean[stages.size()];
		for (int i = 0; i < stages.size(); i++) {
			conversions[i] = new Rate();
			durations[i] = new Mean();
			name(stages.get(i).getName(), new Matched(Match.STAGE, i));
			name(stages.get(i).getDisplayName(), new Matched(Match.STAGE, i));
		}
		for (String won : List.of("won", "closed won", "closedwon")) {
			name(won, new Matched(Match.WON, -1));
		}
		for (String lost : List.of("lost", "closed lost", "closedlost")) {
			name(lost, new Matched(Match.LOST, -1));
		}
		if (process.getWon() != null) {
			name(process.getWon().getName(), new Matched(Match.WON, -1));
			name(process.getWon().getDisplayName(), new Matched(Match.WON, -1));
		}
		if (process.getLost() != null) {
			name(process.getLost().getName(), new Matched(Match.LOST, -1));
			name(process.getLost().getDisplayName(), new Matched(Match.LOST, -1));
		}
		// The mapping file's stage.CRM-NAME = ENGINE-NAME lines: the CRM's name means the engine's stage or outcome.
		for (Map.Entry<String, String> entry : mapping.entrySet()) {
			if (entry.getKey().startsWith(ColumnMappings.STAGE_PREFIX)) {
				Matched meant = names.get(Header.normal(entry.getValue()));
				if (meant != null) {
					names.put(Header.normal(entry.getKey().substring(ColumnMappings.STAGE_PREFIX.length())), meant);
				}
			}
		}
	}

	private void name(String text, Matched matched) {
		if (text != null && !text.isBlank()) {
			names.putIfAbsent(Header.normal(text), matched);
		}
	}

	/** Whether this process knows the stage name (a stage or one of its outcomes). */
	boolean knowsStage(String text) {
		Matched matched = names.get(Header.normal(text));
		return matched != null && matched.kind == Match.STAGE;
	}

	void add(Opportunity opportunity) {
		int last = stages.size() - 1;
		int reached = -1;
		LocalDate[] entered = new LocalDate[stages.size()];
		Outcome byStage = null;
		for (Opportunity.StageEntry entry : opportunity.history()) {
			Matched matched = names.get(Header.normal(entry.stage()));
			if (matched == null) {
				continue;
			}
			if (matched.kind == Match.STAGE) {
				reached = Math.max(reached, matched.stage);
				if (entered[matched.stage] == null) {
					entered[matched.stage] = entry.entered();
				}
			} else {
				byStage = matched.kind == Match.WON ? Outcome.WON : Outcome.LOST;
			}
		}
		for (String stage : List.of(opportunity.stage(), opportunity.stageReached())) {
			Matched matched = stage.isEmpty() ? null : names.get(Header.normal(stage));
			if (matched != null && matched.kind == Match.STAGE) {
				reached = Math.max(reached, matched.stage);
			} else if (matched != null && byStage == null) {
				byStage = matched.kind == Match.WON ? Outcome.WON : Outcome.LOST;
			}
		}
		Outcome outcome = opportunity.outcome();
		if (outcome == Outcome.UNKNOWN) {
			outcome = byStage != null ? byStage : Outcome.OPEN;
		}
		if (outcome == Outcome.WON && last >= 0) {
			reached = last;
		}
		opportunities++;
		switch (outcome) {
			case WON -> won++;
			case LOST -> lost++;
			default -> open++;
		}
		if (outcome == Outcome.WON || outcome == Outcome.LOST) {
			winRate.add(outcome == Outcome.WON);
		}
		if (outcome == Outcome.WON && opportunity.amount() != null) {
			wonAmount.add(opportunity.amount());
		}
		if (outcome == Outcome.WON && opportunity.closed() != null && !opportunity.closed().isBefore(opportunity.created())) {
			cycle.add(ChronoUnit.DAYS.between(opportunity.created(), opportunity.closed()));
		}
		if (reached < 0) {
			if (outcome == Outcome.LOST) {
				lostAtUnknownStage++;
			}
			return;
		}
		for (int i = 0; i < reached; i++) {
			conversions[i].add(true);
		}
		if (outcome != Outcome.OPEN) {
			conversions[reached].add(outcome == Outcome.WON);
		}
		if (entered[0] == null) {
			entered[0] = opportunity.created();
		}
		for (int i = 0; i <= reached; i++) {
			LocalDate next = i < last ? (i < reached ? entered[i + 1] : null) : (outcome == Outcome.WON ? opportunity.closed() : null);
			if (entered[i] != null && next != null && !next.isBefore(entered[i])) {
				durations[i].add(ChronoUnit.DAYS.between(entered[i], next));
			}
		}
	}

	/** The figures in the order a reader walks the process: each stage's conversion and duration, then the whole. */
	List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		Double winDeclared = 1.0;
		Double cycleDeclared = 0.0;
		for (int i = 0; i < stages.size(); i++) {
			Stage stage = stages.get(i);
			Double conversion = stage.getConversion() == null ? null : stage.getConversion().doubleValue();
			Integer days = stage.getDuration() == null ? null : FunnelSizing.days(stage.getDuration());
			figures.add(new Figure(Figure.Kind.CONVERSION, stage.getName(), conversion, conversions[i].value(), conversions[i].trials(),
					Intervals.wilson(conversions[i].successes(), conversions[i].trials()), stage, Literals.STAGE__CONVERSION));
			figures.add(new Figure(Figure.Kind.DURATION, stage.getName(), days == null ? null : days.doubleValue(), mean(durations[i]),
					durations[i].count(), Intervals.t(durations[i]), stage, Literals.STAGE__DURATION));
			winDeclared = conversion == null || winDeclared == null ? null : winDeclared * conversion;
			cycleDeclared = days == null || cycleDeclared == null ? null : cycleDeclared + days;
		}
		if (stages.isEmpty()) {
			winDeclared = null;
			cycleDeclared = null;
		}
		figures.add(new Figure(Figure.Kind.WIN_RATE, null, winDeclared, winRate.value(), winRate.trials(),
				Intervals.wilson(winRate.successes(), winRate.trials()), process, null));
		figures.add(new Figure(Figure.Kind.AVERAGE_DEAL, null, process.getAverageDeal() == null ? null : process.getAverageDeal().doubleValue(),
				mean(wonAmount), wonAmount.count(), Intervals.t(wonAmount), process, Literals.SALES_PROCESS__AVERAGE_DEAL));
		figures.add(new Figure(Figure.Kind.CYCLE_TIME, null, cycleDeclared, mean(cycle), cycle.count(), Intervals.t(cycle), process, null));
		return figures;
	}

	/** The stage's successes, for tests and JSON: how many of the decided went on. */
	long successes(int stage) {
		return conversions[stage].successes();
	}

	private static double mean(Mean mean) {
		return mean.count() == 0 ? Double.NaN : mean.mean();
	}
}
