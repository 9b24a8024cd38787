package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesengine.table.tests.TableAssertions.cell;
import static org.salesengine.table.tests.TableAssertions.columnLabels;
import static org.salesengine.table.tests.TableAssertions.describe;
import static org.salesengine.table.tests.TableAssertions.rowLabels;
import static org.salesengine.table.tests.TableAssertions.text;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.Kpi;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.Stage;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableKind;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/**
 * The edition tables (roles, kpi-table, stages) and the kpi-governance cross table: values written as the language writes
 * them, each cell naming the element and property it comes from, so an editor can write it back.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class EditionTablesTest {
	@Inject
	private EngineLoader loader;
	@Inject
	private IValueConverterService converters;

	@Test
	void rolesOfAcme() {
		Examples acme = Examples.load(loader, "acme.sales");
		Table roles = Tables.build(TableKind.ROLES, acme.engine(), acme.findings());
		assertEquals(List.of("headcount", "ramp", "carries quota", "reports to", "plan", "OTE", "mix"), columnLabels(roles));
		assertEquals(List.of("Manager", "SDR", "AE", "AM"), rowLabels(roles));
		assertEquals(List.of("12", "6 months", "yes", "Manager", "AEPlan", "140k", "50/50"), texts(roles, "AE"));
		assertEquals(List.of("10", "3 months", "no", "Manager", "SDRPlan", "70k", "70/30"), texts(roles, "SDR"));
		assertEquals(List.of("5", "", "yes", "Manager", "AMPlan", "110k", "60/40"), texts(roles, "AM"));
		assertEquals(List.of("3", "", "no", "", "", "", ""), texts(roles, "Manager"));
		TableCell ote = cell(roles, "AE", "OTE");
		assertEquals(List.of("AcmeEmea.AEPlan"), ote.elements());
		assertEquals("onTargetEarnings", ote.property());
		assertEquals(List.of("AcmeEmea.AE", "AcmeEmea.Manager"), cell(roles, "AE", "reports to").elements());
		assertEquals("reportsTo", cell(roles, "AE", "reports to").property());
		// Written back through the language's own value converters, the cells give the model's values again.
		Plan aePlan = acme.engine().plans().get(0);
		assertEquals(0, aePlan.getOnTargetEarnings().compareTo((BigDecimal) converters.toValue(ote.text(), "Amount", null)));
		Role ae = acme.engine().roles().get(2);
		assertEquals(ae.getHeadcount(), converters.toValue(text(roles, "AE", "headcount"), "Integer", null));
	}

	@Test
	void kpisOfAcme() {
		Examples acme = Examples.load(loader, "acme.sales");
		Table kpis = Tables.build(TableKind.KPI_TABLE, acme.engine(), acme.findings());
		assertEquals(List.of("unit", "signal", "target", "owner", "supports", "formula"), columnLabels(kpis));
		assertEquals(acme.engine().kpis().stream().map(Kpi::getName).toList(), rowLabels(kpis));
		assertEquals(List.of("currency", "lagging", "12M", "AE", "NewLogos", ""), texts(kpis, "NewARR"));
		assertEquals(List.of("percent", "lagging", "25%", "", "NewLogos", "DealsWon / (DealsWon + DealsLost)"), texts(kpis, "WinRate"));
		assertEquals(List.of("count", "leading", "1800", "SDR", "NewLogos", ""), texts(kpis, "MeetingsBooked"));
		assertEquals(List.of("percent", "lagging", "112%", "AM", "Expansion", ""), texts(kpis, "NRR"));
		assertEquals(List.of("count", "lagging", "", "", "", ""), texts(kpis, "DealsWon"));
		assertEquals("New annual recurring revenue", kpis.row("AcmeEmea.NewARR").orElseThrow().detail());
		Kpi nrr = acme.engine().kpis().get(7);
		assertEquals(0, nrr.getTarget().compareTo((BigDecimal) converters.toValue(text(kpis, "NRR", "target"), "Quantity", null)));
	}

	@Test
	void stagesOfAcme() {
		Examples acme = Examples.load(loader, "acme.sales");
		Table stages = Tables.build(TableKind.STAGES, acme.engine(), acme.findings());
		assertEquals(List.of("process", "owner", "exit criterion", "conversion", "duration"), columnLabels(stages));
		assertEquals(List.of("Lead", "Discovery", "Proposal", "Negotiate", "Review", "Expand"), rowLabels(stages));
		assertEquals(List.of("NewBusiness", "SDR", "ICP fit and first meeting booked", "40%", "10 days"), texts(stages, "Lead"));
		assertEquals(List.of("Renewal", "AM", "Expansion order signed", "60%", "20 days"), texts(stages, "Expand"));
		Stage lead = acme.engine().processes().get(0).getStages().get(0);
		assertEquals(0, lead.getConversion().compareTo((BigDecimal) converters.toValue(text(stages, "Lead", "conversion"), "Percent", null)));
		assertEquals("exitCriterion", cell(stages, "Lead", "exit criterion").property());
	}

	@Test
	void stagesOfBrokenAreMarkedByTheirFindings() {
		Examples broken = Examples.load(loader, "broken.sales");
		Table stages = Tables.build(TableKind.STAGES, broken.engine(), broken.findings());
		TableAssertions.assertHeaderMarksFollowFindings(stages, broken.findings());
		assertEquals("warning stage-without-exit", describe(stages.row("Initech.Qualify").orElseThrow().mark()));
		assertEquals("error conversion-out-of-range", describe(stages.row("Initech.Close").orElseThrow().mark()));
		assertEquals(List.of("Enterprise2", "AE", "", "30%", "30 days"), texts(stages, "Qualify"));
		assertEquals("error process-without-outcome,funnel-not-sized", describe(cell(stages, "Qualify", "process").mark()));
		assertEquals("140%", text(stages, "Close", "conversion"), "shown as written, even out of range");
	}

	@Test
	void kpiGovernanceOfAcme() {
		Examples acme = Examples.load(loader, "acme.sales");
		Table governance = Tables.build(TableKind.KPI_GOVERNANCE, acme.engine(), acme.findings());
		assertEquals(List.of("DealReview", "ForecastCall", "PipelineStandup", "AEPlan", "SDRPlan", "AMPlan", "owner", "signal", "target"),
				columnLabels(governance));
		for (Kpi kpi : acme.engine().kpis()) {
			for (var ritual : acme.engine().rituals()) {
				assertEquals(ritual.getReviews().contains(kpi) ? "x" : "", text(governance, kpi.getName(), ritual.getName()),
						kpi.getName() + " × " + ritual.getName());
			}
		}
		// AEPlan: NewARR 80%, WinRate 20%; SDRPlan: MeetingsBooked 100%; AMPlan: ExpansionARR 60%, NRR 40%.
		assertEquals(List.of("", "x", "", "80%", "", "", "AE", "lagging", "12M"), texts(governance, "NewARR"));
		assertEquals(List.of("x", "", "", "20%", "", "", "", "lagging", "25%"), texts(governance, "WinRate"));
		assertEquals(List.of("", "", "x", "", "100%", "", "SDR", "leading", "1800"), texts(governance, "MeetingsBooked"));
		assertEquals(List.of("", "x", "", "", "", "40%", "AM", "lagging", "112%"), texts(governance, "NRR"));
		assertEquals(List.of("", "", "", "", "", "", "", "lagging", ""), texts(governance, "DealsLost"));
		assertEquals(List.of("AcmeEmea.AEPlan.NewARR"), cell(governance, "NewARR", "AEPlan").elements());
		assertEquals("weight", cell(governance, "NewARR", "AEPlan").property());
	}

	@Test
	void kpiGovernanceOfBrokenMarksMeasuresWhereKpiMeetsPlan() {
		Examples broken = Examples.load(loader, "broken.sales");
		Table governance = Tables.build(TableKind.KPI_GOVERNANCE, broken.engine(), broken.findings());
		TableAssertions.assertHeaderMarksFollowFindings(governance, broken.findings());
		assertEquals(List.of("AEPlan", "owner", "signal", "target"), columnLabels(governance), "broken has no ritual");
		assertEquals("error weights-not-100,mix-not-100,too-many-measures", describe(governance.column("Initech.AEPlan").orElseThrow().mark()));
		assertEquals("error invalid-payout-curve", describe(cell(governance, "Bookings", "AEPlan").mark()));
		assertEquals("warning misaligned-incentive", describe(cell(governance, "Calls", "AEPlan").mark()));
		// Velocity = Bookings + WinShare is a roll-up of KPIs that support Enterprise: paying on it is aligned.
		assertEquals("warning measure-without-quota,tiny-weight", describe(cell(governance, "Velocity", "AEPlan").mark()));
		assertEquals(List.of("60%", "AE", "lagging", "9M"), texts(governance, "Bookings"));
	}

	private static List<String> texts(Table table, String row) {
		return table.rows().stream().filter(r -> r.label().equals(row)).findFirst().orElseThrow().cells().stream().map(TableCell::text).toList();
	}
}
