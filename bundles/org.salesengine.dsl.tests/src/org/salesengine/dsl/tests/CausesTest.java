package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.FindingCauses;
import org.salesengine.dsl.validation.CauseSubject;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.testing.Engines;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/** Findings grouped by root cause: one rule, one subject, as the catalogue names the subject per rule. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class CausesTest {
	@Inject
	private EngineLoader loader;

	@Test
	void sevenPlansPayingOnOneKpiThatSupportsNoObjectiveAreOneCause() {
		List<Finding> findings = findings("causes/seven-plans.sales");
		assertEquals(Map.of(
				"misaligned-incentive@Trial.Revenue", "35 36 37 38 39 40 41",
				// Pipeline supports no objective either: another KPI, another cause.
				"misaligned-incentive@Trial.Pipeline", "38 40",
				"measure-without-quota@Trial.Pipeline", "38 40",
				"multiple-plans-for-role@Trial.AM", "36 37",
				"owner-outside-coverage@Trial.Field/SE", "22 23"), repeated(findings));
		List<Finding> revenue = FindingCauses.group(findings).stream().filter(c -> c.get(0).code().equals("misaligned-incentive"))
				.findFirst().orElseThrow();
		assertEquals("KPI Revenue (7 findings, one cause): a plan measure pays on a KPI that supports no objective",
				FindingCauses.headline(revenue));
		assertEquals("plan AEPlan pays on KPI Revenue, which supports no objective", revenue.get(0).message());
		// Every other finding is a cause of its own, named by the element it is reported on.
		for (Finding finding : findings) {
			if (Rule.byCode(finding.code()).cause() == CauseSubject.ELEMENT) {
				assertEquals(finding.code() + "@" + finding.element(), finding.cause(), finding.message());
			}
		}
	}

	@Test
	void oneMisspelledNameWrittenThreeTimesIsOneCause() {
		List<Finding> findings = findings("causes/typos.sales");
		assertEquals(Map.of("unresolved-reference@Typos:Manger", "5 6 7"), repeated(findings));
		Finding other = findings.stream().filter(f -> f.line() == 9 && f.code().equals("unresolved-reference")).findFirst().orElseThrow();
		assertEquals("unresolved-reference@Typos:Managr", other.cause());
		assertEquals("the unknown name 'Managr'", other.subject());
		assertEquals("the unknown name 'Manger' (3 findings, one cause): a name refers to nothing in the engine",
				FindingCauses.headline(findings.stream().filter(f -> f.cause().endsWith(":Manger")).toList()));
	}

	@Test
	void brokensFormulaCycleIsOneCauseAndEveryOtherFindingItsOwn() {
		List<Finding> findings = Engines.load(loader, TestFiles.example("broken.sales")).findings();
		assertEquals(Map.of("formula-cycle@Initech.Velocity+Initech.WinShare", "39 43"), repeated(findings));
		assertEquals(25, FindingCauses.group(findings).size());
		Finding csm = findings.stream().filter(f -> f.code().equals("quota-role-without-plan")).findFirst().orElseThrow();
		assertEquals("quota-role-without-plan@Initech.CSM", csm.cause());
		assertEquals("role CSM", csm.subject());
	}

	@Test
	void theCatalogueNamesEachRulesSubject() {
		Map<String, String> named = new TreeMap<>();
		for (Rule rule : Rule.values()) {
			if (rule.cause() != CauseSubject.ELEMENT) {
				named.put(rule.code(), rule.cause().description());
			}
		}
		assertEquals(Map.of("misaligned-incentive", "the KPI the measure pays on",
				"measure-without-quota", "the KPI the measure pays on",
				"spif-off-plan", "the KPI the SPIF rewards",
				"multiple-plans-for-role", "the role the plans pay",
				"formula-cycle", "the KPIs of the formula cycle",
				"produced-kpi-mismatch", "the KPI the process produces",
				"duplicate-name", "the name the elements share",
				"owner-outside-coverage", "the stage's owner, in the stage's process",
				"unresolved-reference", "the name that links to nothing"), named);
	}

	/** The causes with more than one finding: cause id → the lines of its findings. */
	private static Map<String, String> repeated(List<Finding> findings) {
		return FindingCauses.group(findings).stream().filter(c -> c.size() > 1).collect(Collectors.toMap(c -> c.get(0).cause(),
				c -> c.stream().map(f -> String.valueOf(f.line())).collect(Collectors.joining(" "))));
	}

	private List<Finding> findings(String fixture) {
		return Engines.load(loader, TestFiles.fixture("org.salesengine.dsl.tests", fixture)).findings();
	}
}
