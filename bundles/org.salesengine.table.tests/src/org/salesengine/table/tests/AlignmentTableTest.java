package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salesengine.table.tests.TableAssertions.cell;
import static org.salesengine.table.tests.TableAssertions.columnLabels;
import static org.salesengine.table.tests.TableAssertions.describe;
import static org.salesengine.table.tests.TableAssertions.rowLabels;
import static org.salesengine.table.tests.TableAssertions.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.Behavior;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/** The alignment cross table: objectives × KPIs, then what reviews, pays and drives each objective's KPIs. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class AlignmentTableTest {
	@Inject
	private EngineLoader loader;

	@Test
	void everyCellOfAcmeFollowsTheLinksInTheSource() {
		Examples acme = Examples.load(loader, "acme.sales");
		WholeEngine engine = acme.engine();
		Table table = Tables.build(TableKind.ALIGNMENT, engine, acme.findings());

		// Rows: objectives by priority, then text order; derived here from the parsed model, not from the table code.
		List<Objective> objectives = new ArrayList<>(engine.objectives());
		objectives.sort((a, b) -> Integer.compare(a.getPriority() == null ? Integer.MAX_VALUE : a.getPriority(),
				b.getPriority() == null ? Integer.MAX_VALUE : b.getPriority()));
		assertEquals(objectives.stream().map(Objective::getName).toList(), rowLabels(table));
		List<String> columns = new ArrayList<>(List.of("priority"));
		engine.kpis().forEach(kpi -> columns.add(kpi.getName()));
		columns.addAll(List.of("reviewed in", "paid by", "indicator of"));
		assertEquals(columns, columnLabels(table));

		for (Objective objective : objectives) {
			List<Kpi> supporting = engine.kpis().stream().filter(kpi -> kpi.getSupports().contains(objective)).toList();
			assertEquals(String.valueOf(objective.getPriority()), text(table, objective.getName(), "priority"));
			for (Kpi kpi : engine.kpis()) {
				TableCell grid = cell(table, objective.getName(), kpi.getName());
				assertEquals(supporting.contains(kpi) ? "x" : "", grid.text(), objective.getName() + " × " + kpi.getName());
				assertEquals(supporting.contains(kpi), grid.linked());
				assertEquals(List.of("AcmeEmea." + kpi.getName()), grid.elements(), "the cell links the KPI that holds 'supports'");
				assertEquals("supports", grid.property());
			}
			String reviewers = engine.rituals().stream().filter(r -> r.getReviews().stream().anyMatch(supporting::contains))
					.map(Ritual::getName).collect(Collectors.joining(", "));
			assertEquals(reviewers, text(table, objective.getName(), "reviewed in"));
			List<String> payers = new ArrayList<>();
			for (Plan plan : engine.plans()) {
				BigDecimal weight = BigDecimal.ZERO;
				boolean pays = false;
				for (Measure measure : plan.getMeasures()) {
					if (supporting.contains(measure.getKpi())) {
						pays = true;
						weight = weight.add(measure.getWeight());
					}
				}
				if (pays) {
					payers.add(plan.getName() + " " + weight.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
				}
			}
			assertEquals(String.join(", ", payers), text(table, objective.getName(), "paid by"));
			String behaviors = engine.behaviors().stream().filter(b -> b.getIndicators().stream().anyMatch(supporting::contains))
					.map(Behavior::getName).collect(Collectors.joining(", "));
			assertEquals(behaviors, text(table, objective.getName(), "indicator of"));
		}
		// acme is clean: nothing carries a mark.
		table.rows().forEach(row -> assertNull(row.mark(), row.id()));
		table.columns().forEach(column -> assertNull(column.mark(), column.id()));
		table.rows().forEach(row -> row.cells().forEach(cell -> assertNull(cell.mark(), row.id())));
	}

	@Test
	void acmeSpotChecksWrittenOutLiterally() {
		Examples acme = Examples.load(loader, "acme.sales");
		Table table = Tables.build(TableKind.ALIGNMENT, acme.engine(), acme.findings());
		assertEquals(List.of("NewLogos", "Expansion"), rowLabels(table));
		assertEquals("x", text(table, "NewLogos", "NewARR"));
		assertEquals("", text(table, "Expansion", "NewARR"));
		assertEquals("", text(table, "NewLogos", "DealsWon"), "DealsWon supports nothing");
		assertEquals("x", text(table, "Expansion", "NRR"));
		// NewLogos: NewARR, Pipeline, WinRate (DealReview, ForecastCall), MeetingsBooked (PipelineStandup),
		// StakeholdersPerDeal (DealReview); AEPlan pays NewARR 80% + WinRate 20% = 100%, SDRPlan MeetingsBooked 100%.
		assertEquals("DealReview, ForecastCall, PipelineStandup", text(table, "NewLogos", "reviewed in"));
		assertEquals("AEPlan 100%, SDRPlan 100%", text(table, "NewLogos", "paid by"));
		assertEquals("MultiThreading, FastFollowUp", text(table, "NewLogos", "indicator of"));
		assertEquals("ForecastCall", text(table, "Expansion", "reviewed in"));
		// AMPlan pays ExpansionARR 60% + NRR 40%.
		assertEquals("AMPlan 100%", text(table, "Expansion", "paid by"));
		assertEquals("", text(table, "Expansion", "indicator of"));
		TableRow newLogos = table.row("AcmeEmea.NewLogos").orElseThrow();
		assertEquals("Win new mid-market logos", newLogos.detail());
		assertEquals(List.of("AcmeEmea.AEPlan", "AcmeEmea.AEPlan.NewARR", "AcmeEmea.AEPlan.WinRate", "AcmeEmea.SDRPlan",
				"AcmeEmea.SDRPlan.MeetingsBooked"), cell(table, "NewLogos", "paid by").elements());
		assertEquals(List.of("AcmeEmea.NewARR"), table.column("AcmeEmea.NewARR").orElseThrow().elements());
		// By ids, as a workbench finds the cell under a double-click: row NewLogos × column NewARR is marked.
		assertTrue(table.cell("AcmeEmea.NewLogos", "AcmeEmea.NewARR").orElseThrow().linked());
		assertEquals(List.of("AcmeEmea.NewLogos"), newLogos.elements());
		assertEquals("AcmeEmea-alignment", table.id());
	}

	@Test
	void brokenMarksEachHeaderWithItsFindingsWorstFirst() {
		Examples broken = Examples.load(loader, "broken.sales");
		Table table = Tables.build(TableKind.ALIGNMENT, broken.engine(), broken.findings());
		TableAssertions.assertHeaderMarksFollowFindings(table, broken.findings());
		assertEquals("warning no-leading-indicator", describe(table.row("Initech.Enterprise").orElseThrow().mark()));
		assertEquals("warning unmeasured-objective", describe(table.row("Initech.Partners").orElseThrow().mark()));
		assertEquals("warning kpi-under-covered,unreviewed-kpi", describe(table.column("Initech.Bookings").orElseThrow().mark()));
		assertEquals("warning unreviewed-kpi", describe(table.column("Initech.Calls").orElseThrow().mark()));
		assertEquals("error formula-cycle,unit-mismatch,unreviewed-kpi", describe(table.column("Initech.Velocity").orElseThrow().mark()));
		assertEquals("error formula-cycle,unreviewed-kpi", describe(table.column("Initech.WinShare").orElseThrow().mark()));
		// Enterprise is paid through Bookings 60% and WinShare 5% of AEPlan: the cell carries the plan's findings
		// and those of its two measures, the errors first.
		assertEquals("AEPlan 65%", text(table, "Enterprise", "paid by"));
		assertEquals("error weights-not-100,mix-not-100,invalid-payout-curve,too-many-measures,measure-without-quota,tiny-weight",
				describe(cell(table, "Enterprise", "paid by").mark()));
		assertEquals("", text(table, "Partners", "paid by"));
		assertNull(cell(table, "Partners", "paid by").mark());
		assertEquals("", text(table, "Enterprise", "reviewed in"), "no ritual reviews Bookings or WinShare");
		assertTrue(cell(table, "Enterprise", "Bookings").linked());
		assertTrue(cell(table, "Enterprise", "WinShare").linked());
		assertEquals("", text(table, "Enterprise", "Calls"));
	}
}
