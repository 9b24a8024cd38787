package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.salesengine.table.tests.TableAssertions.cell;
import static org.salesengine.table.tests.TableAssertions.columnLabels;
import static org.salesengine.table.tests.TableAssertions.describe;
import static org.salesengine.table.tests.TableAssertions.rowLabels;
import static org.salesengine.table.tests.TableAssertions.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/** The accountability table: the RACI of an engine, a row per role. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class AccountabilityTableTest {
	@Inject
	private EngineLoader loader;

	@Test
	void everyCellOfAcmeFollowsTheLinksInTheSource() {
		Examples acme = Examples.load(loader, "acme.sales");
		WholeEngine engine = acme.engine();
		Table table = Tables.build(TableKind.ACCOUNTABILITY, engine, acme.findings());
		assertEquals(engine.roles().stream().map(Role::getName).toList(), rowLabels(table));
		assertEquals(List.of("stages owned", "behaviors expected", "rituals led", "rituals attended", "plans", "KPIs owned", "quota"),
				columnLabels(table));
		for (Role role : engine.roles()) {
			String name = role.getName();
			List<Stage> stages = new ArrayList<>();
			for (SalesProcess process : engine.processes()) {
				process.getStages().stream().filter(stage -> stage.getOwner() == role).forEach(stages::add);
			}
			assertEquals(names(stages), text(table, name, "stages owned"), name);
			assertEquals(names(engine.behaviors().stream().filter(b -> b.getExpectedOf().contains(role)).toList()),
					text(table, name, "behaviors expected"), name);
			assertEquals(names(engine.rituals().stream().filter(r -> r.getLedBy().contains(role)).toList()), text(table, name, "rituals led"), name);
			assertEquals(names(engine.rituals().stream().filter(r -> r.getAttendedBy().contains(role)).toList()),
					text(table, name, "rituals attended"), name);
			List<Plan> plans = engine.plans().stream().filter(p -> p.getRole() == role).toList();
			assertEquals(names(plans), text(table, name, "plans"), name);
			assertEquals(names(engine.kpis().stream().filter(k -> k.getOwner() == role).toList()), text(table, name, "KPIs owned"), name);
			List<String> quotas = new ArrayList<>();
			for (Plan plan : plans) {
				for (Measure measure : plan.getMeasures()) {
					if (measure.getQuota() != null) {
						quotas.add(measure.getKpi().getName() + " " + written(measure));
					}
				}
			}
			assertEquals(String.join(", ", quotas), text(table, name, "quota"), name);
			assertNull(table.row("AcmeEmea." + name).orElseThrow().mark());
		}
	}

	@Test
	void acmeSpotChecksWrittenOutLiterally() {
		Examples acme = Examples.load(loader, "acme.sales");
		Table table = Tables.build(TableKind.ACCOUNTABILITY, acme.engine(), acme.findings());
		assertEquals(List.of("Manager", "SDR", "AE", "AM"), rowLabels(table));
		assertEquals("AEPlan", text(table, "AE", "plans"));
		assertEquals(List.of("AcmeEmea.AEPlan"), cell(table, "AE", "plans").elements());
		assertEquals("Discovery, Proposal, Negotiate", text(table, "AE", "stages owned"));
		assertEquals("MultiThreading", text(table, "AE", "behaviors expected"));
		assertEquals("DealReview, ForecastCall", text(table, "AE", "rituals attended"));
		assertEquals("NewARR, Pipeline", text(table, "AE", "KPIs owned"));
		assertEquals("NewARR 1.1M", text(table, "AE", "quota"));
		assertEquals("DealReview, ForecastCall, PipelineStandup", text(table, "Manager", "rituals led"));
		assertEquals("", text(table, "Manager", "plans"));
		assertEquals("ExpansionARR 900k, NRR 112%", text(table, "AM", "quota"));
		assertEquals("Review, Expand", text(table, "AM", "stages owned"));
		assertEquals("MeetingsBooked 180", text(table, "SDR", "quota"), "an activity quota, though SDRs carry no revenue quota");
		assertEquals("Account executive", table.row("AcmeEmea.AE").orElseThrow().detail());
	}

	@Test
	void brokenMarksTheRoleWithoutAPlanAndThePlanCell() {
		Examples broken = Examples.load(loader, "broken.sales");
		Table table = Tables.build(TableKind.ACCOUNTABILITY, broken.engine(), broken.findings());
		TableAssertions.assertHeaderMarksFollowFindings(table, broken.findings());
		assertEquals(List.of("Director", "AE", "CSM"), rowLabels(table));
		assertEquals("error quota-role-without-plan", describe(table.row("Initech.CSM").orElseThrow().mark()));
		assertEquals("none", describe(table.row("Initech.AE").orElseThrow().mark()));
		assertEquals("none", describe(table.row("Initech.Director").orElseThrow().mark()));
		assertEquals("", text(table, "CSM", "plans"));
		assertEquals("carries quota", text(table, "CSM", "quota"), "CSMs carry quota, but no plan sets one");
		assertEquals("AEPlan", text(table, "AE", "plans"));
		assertEquals("error weights-not-100,mix-not-100,too-many-measures", describe(cell(table, "AE", "plans").mark()));
		// Quotas: Bookings 1M and Calls 2500 (an amount written as the language writes it: 2500).
		assertEquals("Bookings 1M, Calls 2500", text(table, "AE", "quota"));
		assertEquals("Qualify, Close", text(table, "AE", "stages owned"));
		assertEquals("error conversion-out-of-range,stage-without-exit", describe(cell(table, "AE", "stages owned").mark()));
		assertEquals("warning unreinforced-behavior", describe(cell(table, "AE", "behaviors expected").mark()));
	}

	private static String names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).collect(Collectors.joining(", "));
	}

	/** A quota as the .sales file writes it: percent KPIs in percent (1.12 is 112%), amounts with k and M. */
	private static String written(Measure measure) {
		Kpi kpi = measure.getKpi();
		if (kpi.getUnit() == org.salesengine.model.KpiUnit.PERCENT) {
			return measure.getQuota().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
		}
		java.math.BigDecimal quota = measure.getQuota();
		if (quota.compareTo(java.math.BigDecimal.valueOf(1_000_000)) >= 0) {
			return quota.movePointLeft(6).stripTrailingZeros().toPlainString() + "M";
		}
		if (quota.compareTo(java.math.BigDecimal.valueOf(1_000)) >= 0 && quota.remainder(java.math.BigDecimal.valueOf(1_000)).signum() == 0) {
			return quota.movePointLeft(3).stripTrailingZeros().toPlainString() + "k";
		}
		return quota.stripTrailingZeros().toPlainString();
	}
}
