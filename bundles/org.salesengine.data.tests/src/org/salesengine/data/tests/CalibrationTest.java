package org.salesengine.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.data.calibration.Calibration;
import org.salesengine.data.calibration.CalibrationFindings;
import org.salesengine.data.calibration.Figure;
import org.salesengine.data.calibration.Interval;
import org.salesengine.data.calibration.Intervals;
import org.salesengine.data.crm.CrmGenerator;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.validation.RuleSettings;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * Calibration on exports whose truth is known: generated from acme's NewBusiness process with a seed (true rates:
 * the declared ones, except a planted stage), and hand-written exports with Salesforce's and HubSpot's headers.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class CalibrationTest {
	@Inject
	private EngineLoader loader;
	@TempDir
	Path dir;

	@Test
	void aKnownConversionComesBackWithinItsInterval() throws Exception {
		WholeEngine acme = acme();
		// Lead truly converts 30% (declared 40%); the other stages convert as declared: 50%, 45%, 80%.
		Calibration.Result result = calibrate(acme, generate(acme, 3000, 11, Map.of("Lead", 0.30)));
		List<Figure> figures = figures(result, "NewBusiness");
		assertTrue(conversion(figures, "Lead").interval().contains(0.30), () -> describe(conversion(figures, "Lead")));
		assertTrue(conversion(figures, "Discovery").interval().contains(0.50), () -> describe(conversion(figures, "Discovery")));
		assertTrue(conversion(figures, "Proposal").interval().contains(0.45), () -> describe(conversion(figures, "Proposal")));
		assertTrue(conversion(figures, "Negotiate").interval().contains(0.80), () -> describe(conversion(figures, "Negotiate")));
		Figure leadDays = figure(figures, Figure.Kind.DURATION, "Lead");
		assertTrue(leadDays.interval().contains(10), () -> describe(leadDays));
		Figure deal = figure(figures, Figure.Kind.AVERAGE_DEAL, null);
		assertTrue(deal.interval().contains(45_000), () -> describe(deal));
		// The true win rate is 30% × 50% × 45% × 80% = 5.4%.
		Figure win = figure(figures, Figure.Kind.WIN_RATE, null);
		assertTrue(win.interval().contains(0.054), () -> describe(win));
		assertEquals(0.40 * 0.50 * 0.45 * 0.80, win.declared(), 1e-12);
	}

	@Test
	void theIntervalNarrowsAsTheSampleGrows() throws Exception {
		WholeEngine acme = acme();
		double previous = 1;
		for (int count : List.of(100, 1000, 10000)) {
			Figure lead = conversion(figures(calibrate(acme, generate(acme, count, 5, Map.of())), "NewBusiness"), "Lead");
			assertTrue(lead.interval().width() < previous, count + ": " + describe(lead));
			previous = lead.interval().width();
		}
		assertTrue(previous < 0.02, "10,000 opportunities pin Lead's conversion within 2 points: " + previous);
	}

	@Test
	void thePlantedStageIsOptimisticWithTheRightNumbers() throws Exception {
		WholeEngine acme = acme();
		Path export = generate(acme, 2000, 7, Map.of("Proposal", 0.25));
		Calibration.Result result = calibrate(acme, export);
		List<Finding> findings = findings(result, acme);
		List<Finding> optimistic = findings.stream().filter(f -> f.code().equals("assumption-optimistic")).toList();
		// Counted from the export itself: opportunities that reached Proposal and were decided there, and those that went on.
		long[] proposal = decidedAt(export, "Proposal", "Negotiate");
		Interval interval = Intervals.wilson(proposal[0], proposal[1]);
		String file = acme.fragments().get(0).eResource().getURI().toFileString();
		Finding planted = optimistic.stream().filter(f -> f.message().startsWith("conversion of stage Proposal")).findFirst().orElseThrow();
		assertEquals("conversion of stage Proposal in process NewBusiness: the design says 45%, the CRM shows "
				+ Amounts.percent(proposal[0] / (double) proposal[1]) + " (90% interval " + Amounts.percent(interval.low()) + " to "
				+ Amounts.percent(interval.high()) + ", " + Amounts.grouped(proposal[1], 0) + " opportunities decided at the stage): the design is optimistic",
				planted.message());
		// At acme.sales line 33, the stage's "conversion 45%".
		assertEquals(33, planted.line());
		assertEquals("AcmeEmea.Proposal", planted.element());
		assertEquals("warning", planted.severityLabel());
		// The stages that convert as declared are not flagged; the win rate they all imply is (the planted stage drags it down).
		assertEquals(List.of("conversion of stage Proposal", "win rate"),
				optimistic.stream().map(f -> f.message().substring(0, f.message().indexOf(" in process"))).toList());
		assertTrue(file.endsWith("acme.sales"));
	}

	@Test
	void thinDataAtTheLateStages() throws Exception {
		WholeEngine acme = acme();
		// 120 opportunities: about 48 get past Lead, 24 past Discovery, 11 past Proposal, so Proposal and Negotiate are thin.
		Calibration.Result result = calibrate(acme, generate(acme, 120, 3, Map.of()));
		List<String> thin = findings(result, acme).stream().filter(f -> f.code().equals("assumption-thin-data"))
				.map(f -> f.element() + " " + f.severityLabel()).toList();
		List<Figure> figures = figures(result, "NewBusiness");
		for (String stage : List.of("Lead", "Discovery", "Proposal", "Negotiate")) {
			boolean under = conversion(figures, stage).sample() < 30;
			assertEquals(under, thin.contains("AcmeEmea." + stage + " info"), stage + ": " + thin);
		}
		assertTrue(thin.contains("AcmeEmea.Negotiate info"), thin.toString());
		assertTrue(!thin.contains("AcmeEmea.Lead info"), thin.toString());
		// The export has no renewal at all: nothing backs Renewal's stages either.
		assertTrue(thin.containsAll(List.of("AcmeEmea.Review info", "AcmeEmea.Expand info")), thin.toString());
	}

	@Test
	void salesforcesDefaultReportHeaders() throws Exception {
		WholeEngine acme = acme();
		Calibration.Result result = Calibration.run(acme, TestFiles.fixture("org.salesengine.data.tests", "crm/salesforce-opportunities.csv"), Map.of(), null);
		Calibration.ProcessResult business = result.processes().get(0);
		// Type "New Business" is the process NewBusiness; 2 won, 3 lost (at a stage the report does not say), 1 open at Proposal.
		assertEquals(List.of(6, 2, 3, 1, 3), List.of(business.opportunities(), business.won(), business.lost(), business.open(), business.lostAtUnknownStage()));
		List<Figure> figures = business.figures();
		assertEquals(0.4, figure(figures, Figure.Kind.WIN_RATE, null).observed(), 1e-12, "2 won of 5 closed");
		assertEquals(45_000, figure(figures, Figure.Kind.AVERAGE_DEAL, null).observed(), 1e-9, "(40k + 50k) / 2");
		assertEquals(70, figure(figures, Figure.Kind.CYCLE_TIME, null).observed(), 1e-9, "(60 + 80 days) / 2");
		// The two won deals passed every stage; the open one passed Lead and Discovery and is undecided at Proposal.
		assertEquals(3, conversion(figures, "Lead").sample());
		assertEquals(2, conversion(figures, "Proposal").sample());
		assertEquals(0, result.unmatched());
	}

	@Test
	void hubspotsDealExportWithDateEnteredColumns() throws Exception {
		WholeEngine acme = acme();
		Calibration.Result result = Calibration.run(acme, TestFiles.fixture("org.salesengine.data.tests", "crm/hubspot-deals.csv"), Map.of(), null);
		Calibration.ProcessResult renewal = result.processes().get(1);
		assertEquals("Renewal", renewal.process().getName(), "the pipeline is the process's display name");
		assertEquals(List.of(4, 2, 1, 1), List.of(renewal.opportunities(), renewal.won(), renewal.lost(), renewal.open()));
		List<Figure> figures = renewal.figures();
		// Review: 2 won and 1 open (now in Expand) went on, 1 was lost there: 3 of 4.
		assertEquals(0.75, conversion(figures, "Review").observed(), 1e-12);
		assertEquals(4, conversion(figures, "Review").sample());
		// Review's days to Expand: 20, 30 and 20; Expand's days to the won close: 20 and 20.
		assertEquals(70 / 3.0, figure(figures, Figure.Kind.DURATION, "Review").observed(), 1e-9);
		assertEquals(20, figure(figures, Figure.Kind.DURATION, "Expand").observed(), 1e-9);
		assertEquals(25_000, figure(figures, Figure.Kind.AVERAGE_DEAL, null).observed(), 1e-9);
		assertEquals(45, figure(figures, Figure.Kind.CYCLE_TIME, null).observed(), 1e-9, "(40 + 50 days) / 2");
		assertEquals(0, result.processes().get(0).opportunities());
	}

	@Test
	void sinceLeavesOutOlderOpportunities() throws Exception {
		WholeEngine acme = acme();
		Calibration.Result result = Calibration.run(acme, TestFiles.fixture("org.salesengine.data.tests", "crm/salesforce-opportunities.csv"), Map.of(),
				LocalDate.of(2027, 1, 20));
		assertEquals(3, result.beforeSince(), "created on 1/4, 1/11 and 1/12");
		assertEquals(3, result.processes().get(0).opportunities());
	}

	@Test
	void aMappingFileNamesColumnsStagesAndTheDateFormat() throws Exception {
		Path export = Files.writeString(dir.resolve("deals.csv"), """
				Deal,Opened,Phase,Result,Pipeline
				1,04/01/2027,Appointment scheduled,open,New business
				2,05/01/2027,Closed won,won,New business
				""");
		Path mapping = Files.writeString(dir.resolve("crm.properties"), """
				created = Opened
				stage = Phase
				outcome = Result
				date-format = dd/MM/yyyy
				stage.AppointmentScheduled = Lead
				""");
		Map<String, String> columns = org.salesengine.data.columns.ColumnMappings.read(mapping, org.salesengine.data.crm.CrmColumn.values(), true);
		Calibration.Result result = Calibration.run(acme(), export, columns, LocalDate.of(2027, 1, 5));
		// Day first: the first deal was opened on 4 January, before --since; the second, won, counts.
		assertEquals(1, result.beforeSince());
		assertEquals(1, result.processes().get(0).won());
		Calibration.Result all = Calibration.run(acme(), export, columns, null);
		// The open deal sits in "Appointment scheduled", which the mapping calls Lead: undecided there, so Lead's
		// conversion rests on the won deal alone.
		assertEquals(List.of(2, 1, 1), List.of(all.processes().get(0).opportunities(), all.processes().get(0).won(), all.processes().get(0).open()));
		assertEquals(1, conversion(all.processes().get(0).figures(), "Lead").sample());

		Path typo = Files.writeString(dir.resolve("typo.properties"), "create = Opened\n");
		assertEquals(typo + ": unknown key 'create': expected one of id, created, closed, amount, stage, stage-reached, stage-history, outcome,"
				+ " is-closed, owner-role, segment, process, date-format, or stage.NAME",
				org.junit.jupiter.api.Assertions.assertThrows(org.salesengine.data.columns.ColumnMappings.MappingProblem.class,
						() -> org.salesengine.data.columns.ColumnMappings.read(typo, org.salesengine.data.crm.CrmColumn.values(), true)).getMessage());
		Path elsewhere = Files.writeString(dir.resolve("elsewhere.properties"), "created = Opened\namount = Value\n");
		String missing = org.junit.jupiter.api.Assertions.assertThrows(org.salesengine.data.sheet.SheetProblem.class,
				() -> Calibration.run(acme(), export, org.salesengine.data.columns.ColumnMappings.read(elsewhere, org.salesengine.data.crm.CrmColumn.values(), true), null))
				.getMessage();
		assertEquals(export + ":1: no column 'Value' (the mapping's name for amount)", missing);
	}

	private WholeEngine acme() throws Exception {
		return loader.load(List.of(TestFiles.example("acme.sales"))).engines().get(0);
	}

	private Path generate(WholeEngine engine, int count, long seed, Map<String, Double> planted) throws Exception {
		SalesProcess process = engine.processes().get(0);
		Path export = dir.resolve("export-" + count + "-" + seed + ".csv");
		try (Writer out = Files.newBufferedWriter(export)) {
			CrmGenerator.write(process, new CrmGenerator.Options(count, seed, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 6, 30),
					LocalDate.of(2027, 12, 31), planted), out);
		}
		return export;
	}

	private static Calibration.Result calibrate(WholeEngine engine, Path export) throws Exception {
		return Calibration.run(engine, export, Map.of(), null);
	}

	private static List<Finding> findings(Calibration.Result result, WholeEngine engine) {
		return CalibrationFindings.of(result, RuleSettings.of(engine, Map.of()), resource -> resource.getURI().toFileString());
	}

	/** {successes, trials} at the stage, counted from the export's stage histories and outcomes. */
	private static long[] decidedAt(Path export, String stage, String next) throws Exception {
		long successes = 0;
		long trials = 0;
		try (Reader in = Files.newBufferedReader(export)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				String history = row.get("Stage History");
				String outcome = row.get("Outcome");
				if (!history.contains(stage + " ")) {
					continue;
				}
				boolean wentOn = history.contains(next + " ") || outcome.equals("Won");
				if (wentOn || outcome.equals("Lost")) {
					trials++;
					successes += wentOn ? 1 : 0;
				}
			}
		}
		return new long[] { successes, trials };
	}

	private static List<Figure> figures(Calibration.Result result, String process) {
		return result.processes().stream().filter(p -> p.process().getName().equals(process)).findFirst().orElseThrow().figures();
	}

	private static Figure conversion(List<Figure> figures, String stage) {
		return figure(figures, Figure.Kind.CONVERSION, stage);
	}

	private static Figure figure(List<Figure> figures, Figure.Kind kind, String stage) {
		return figures.stream().filter(f -> f.kind() == kind && java.util.Objects.equals(stage, f.stage())).findFirst().orElseThrow();
	}

	private static String describe(Figure figure) {
		return figure.name() + ": " + figure.observed() + " of " + figure.sample() + ", " + figure.interval();
	}
}
