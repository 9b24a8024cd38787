package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;

import com.google.inject.Inject;
import org.salesengine.testing.TestFiles;

/** The two reference examples: acme is clean, broken gives exactly the diagnostics the foundation issue lists. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class ExamplesTest {
	@Inject
	private EngineLoader loader;

	@Test
	void acmeHasNoDiagnosticAboveInfo() throws Exception {
		LoadedEngines acme = loader.load(List.of(TestFiles.example("acme.sales")));
		List<String> aboveInfo = acme.findings().stream()
				.filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
				.map(ExamplesTest::line).toList();
		assertEquals(List.of(), aboveInfo);
		assertEquals(1, acme.engines().size());
		assertEquals("AcmeEmea", acme.engines().get(0).name());
	}

	@Test
	void brokenGivesTheCountsOfTheIssue() throws Exception {
		LoadedEngines broken = loader.load(List.of(TestFiles.example("broken.sales")));
		Map<String, Long> counts = broken.findings().stream()
				.collect(Collectors.groupingBy(f -> f.severityLabel() + " " + f.code(), TreeMap::new, Collectors.counting()));
		Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
				Map.entry("error quota-role-without-plan", 1L),
				Map.entry("error conversion-out-of-range", 1L),
				Map.entry("error process-without-outcome", 1L),
				Map.entry("error formula-cycle", 2L),
				Map.entry("error unit-mismatch", 1L),
				Map.entry("error mix-not-100", 1L),
				Map.entry("error weights-not-100", 1L),
				Map.entry("error invalid-payout-curve", 1L),
				Map.entry("warning unmeasured-objective", 1L),
				Map.entry("warning stage-without-exit", 1L),
				Map.entry("warning unreinforced-behavior", 1L),
				Map.entry("warning misaligned-incentive", 1L),
				Map.entry("warning too-many-measures", 1L),
				Map.entry("warning tiny-weight", 2L),
				Map.entry("warning no-leading-indicator", 1L),
				Map.entry("warning quota-under-assigned", 1L),
				// Rules added beyond the issue's table:
				Map.entry("warning unreviewed-kpi", 4L),
				Map.entry("warning measure-without-quota", 2L),
				// The numbers' findings, once the analysis's own, now catalogue rules:
				Map.entry("warning funnel-not-sized", 1L),
				Map.entry("warning kpi-under-covered", 1L)));
		assertEquals(expected, counts);
	}

	@Test
	void brokenGivesExactlyTheseDiagnostics() throws Exception {
		Path file = TestFiles.example("broken.sales");
		LoadedEngines broken = loader.load(List.of(file));
		String f = file.toString();
		List<String> expected = List.of(
				f + ":7:20: warning: street quota 8M (AEPlan 1M × 8) is 80% of the revenue target 10M: if every rep hits quota the target is still missed [quota-under-assigned]",
				f + ":8:15: warning: objective Enterprise is supported only by lagging KPIs (Bookings, WinShare): no early signal [no-leading-indicator]",
				f + ":9:15: warning: objective Partners is supported by no KPI [unmeasured-objective]",
				f + ":16:10: error: role CSM carries quota but no plan pays it [quota-role-without-plan]",
				f + ":19:13: warning: process Enterprise2 is not sized: it produces no KPI, so no target drives its funnel [funnel-not-sized]",
				f + ":19:13: error: process Enterprise2 has no lost outcome [process-without-outcome]",
				f + ":21:13: warning: stage Qualify has no exit criterion [stage-without-exit]",
				f + ":22:66: error: stage Close: conversion 140% must be above 0% and at most 100% [conversion-out-of-range]",
				f + ":28:14: warning: behavior ExecutiveAccess has no indicator KPI and no ritual that reinforces it [unreinforced-behavior]",
				f + ":35:9: warning: quota on KPI Bookings adds up to 8M (AEPlan 1M × 8), 88.9% of its 9M target: if every quota is met, Bookings still misses by 1M [kpi-under-covered]",
				f + ":35:9: warning: KPI Bookings is paid on but no ritual reviews it [unreviewed-kpi]",
				f + ":36:9: warning: KPI Calls is paid on but no ritual reviews it [unreviewed-kpi]",
				f + ":37:9: warning: KPI Velocity is paid on but no ritual reviews it [unreviewed-kpi]",
				f + ":39:15: error: KPI Velocity depends on itself: Velocity → WinShare → Velocity [formula-cycle]",
				f + ":39:15: error: KPI Velocity: the formula adds Bookings (currency) and WinShare (percent) [unit-mismatch]",
				f + ":41:9: warning: KPI WinShare is paid on but no ritual reviews it [unreviewed-kpi]",
				f + ":43:15: error: KPI WinShare depends on itself: WinShare → Velocity → WinShare [formula-cycle]",
				f + ":48:10: warning: plan AEPlan has 4 measures; practice is at most 3 [too-many-measures]",
				f + ":48:10: error: plan AEPlan: measure weights sum to 95%, not 100% (Bookings 60%, Calls 25%, WinShare 5%, Velocity 5%) [weights-not-100]",
				f + ":50:11: error: plan AEPlan: pay mix 50/40 sums to 90, not 100 [mix-not-100]",
				f + ":51:15: error: measure Bookings in plan AEPlan: threshold 120% is 100% or more; cap 110% is below the threshold 120% [invalid-payout-curve]",
				f + ":52:15: warning: plan AEPlan pays on KPI Calls, which supports no objective [misaligned-incentive]",
				f + ":53:15: warning: measure WinShare in plan AEPlan has no quota and KPI WinShare has no target: there is no attainment to pay against [measure-without-quota]",
				f + ":53:31: warning: measure WinShare in plan AEPlan weighs 5%, under 10% [tiny-weight]",
				f + ":54:15: warning: measure Velocity in plan AEPlan has no quota and KPI Velocity has no target: there is no attainment to pay against [measure-without-quota]",
				f + ":54:31: warning: measure Velocity in plan AEPlan weighs 5%, under 10% [tiny-weight]");
		assertEquals(expected, broken.findings().stream().map(ExamplesTest::line).toList());
	}

	@Test
	void findingsNameTheElementTheyAreAbout() throws Exception {
		LoadedEngines broken = loader.load(List.of(TestFiles.example("broken.sales")));
		Map<String, String> elementByCode = broken.findings().stream()
				.collect(Collectors.toMap(Finding::code, Finding::element, (a, b) -> a, TreeMap::new));
		assertEquals("Initech.CSM", elementByCode.get("quota-role-without-plan"));
		assertEquals("Initech.Close", elementByCode.get("conversion-out-of-range"));
		assertEquals("Initech.AEPlan.Bookings", elementByCode.get("invalid-payout-curve"));
		assertEquals("Initech", elementByCode.get("quota-under-assigned"));
	}

	static String line(Finding f) {
		return f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severityLabel() + ": " + f.message() + " [" + f.code() + "]";
	}
}
