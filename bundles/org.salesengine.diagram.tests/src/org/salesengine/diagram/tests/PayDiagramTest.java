package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.Point;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

/** The pay diagram: role, plan, weighted measures with payout curves, KPIs, objectives, left to right. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PayDiagramTest {
	@Inject
	private EngineLoader loader;

	@Test
	void eachPlanReadsFromRoleToObjectiveLeftToRight() {
		Diagram pay = Examples.load(loader, "acme.sales").diagram(DiagramKind.PAY);
		List<List<String>> chains = List.of(
				List.of("AcmeEmea.AE", "AcmeEmea.AEPlan", "AcmeEmea.AEPlan.NewARR", "AcmeEmea.NewARR", "AcmeEmea.NewLogos"),
				List.of("AcmeEmea.AE", "AcmeEmea.AEPlan", "AcmeEmea.AEPlan.WinRate", "AcmeEmea.WinRate", "AcmeEmea.NewLogos"),
				List.of("AcmeEmea.SDR", "AcmeEmea.SDRPlan", "AcmeEmea.SDRPlan.MeetingsBooked", "AcmeEmea.MeetingsBooked", "AcmeEmea.NewLogos"),
				List.of("AcmeEmea.AM", "AcmeEmea.AMPlan", "AcmeEmea.AMPlan.ExpansionARR", "AcmeEmea.ExpansionARR", "AcmeEmea.Expansion"),
				List.of("AcmeEmea.AM", "AcmeEmea.AMPlan", "AcmeEmea.AMPlan.NRR", "AcmeEmea.NRR", "AcmeEmea.Expansion"));
		for (List<String> chain : chains) {
			for (int i = 1; i < chain.size(); i++) {
				Bounds before = pay.node(chain.get(i - 1)).orElseThrow().bounds();
				Bounds after = pay.node(chain.get(i)).orElseThrow().bounds();
				assertTrue(after.x() >= before.right(), chain.get(i) + " is right of " + chain.get(i - 1));
			}
		}
		assertEquals("NewARR · 80% measure · quota 1.1M threshold 50% · 2x above 100% · cap 300%",
				PipelineDiagramTest.text(pay.node("AcmeEmea.AEPlan.NewARR").orElseThrow()));
		assertEquals("WinRate · 20% measure threshold 80% · cap 150%", PipelineDiagramTest.text(pay.node("AcmeEmea.AEPlan.WinRate").orElseThrow()));
		assertEquals("NRR · 40% measure · quota 112% threshold 95% · cap 150%", PipelineDiagramTest.text(pay.node("AcmeEmea.AMPlan.NRR").orElseThrow()));
		// Managers carry no quota and have no plan: they are not on the pay diagram. DealsWon is paid by nobody.
		assertTrue(pay.node("AcmeEmea.Manager").isEmpty());
		assertTrue(pay.node("AcmeEmea.DealsWon").isEmpty());
		assertEquals(3 + 3 + 1 + 5 + 5 + 2, pay.allNodes().size(), "3 roles, 3 plans, 1 SPIF, 5 measures, 5 paid KPIs, 2 objectives");
	}

	@Test
	void tieredMeasuresSayTheirTiersAndMbosHangOffTheirPlan() {
		Diagram pay = Examples.load(loader, "territories.sales").diagram(DiagramKind.PAY);
		assertEquals("NewARRDach · 90% measure · quota 1.1M tiers 0.5x below 50%, 1.5x from 50% to 100%, 1.5x from 100% to 125%, 2x above 125% · cap 300%",
				PipelineDiagramTest.text(pay.node("Nordlicht.AEDachPlan.NewARRDach").orElseThrow()));
		DiagramNode mbo = pay.node("Nordlicht.AccountPlans").orElseThrow();
		assertEquals("AccountPlans · 10% Strategic account plans reviewed MBO · chance 80%", PipelineDiagramTest.text(mbo));
		assertTrue(mbo.bounds().x() >= pay.node("Nordlicht.AEDachPlan").orElseThrow().bounds().right(), "the MBO is right of its plan");
	}

	@Test
	void everyMeasureDrawsItsPayoutCurveInsideItsBox() {
		Diagram pay = Examples.load(loader, "acme.sales").diagram(DiagramKind.PAY);
		DiagramNode measure = pay.node("AcmeEmea.AEPlan.NewARR").orElseThrow();
		assertNotNull(measure.sparkline());
		Bounds frame = measure.sparkline().frame();
		assertTrue(measure.bounds().contains(frame));
		List<Point> curve = measure.sparkline().curve();
		// threshold 50%, 2x above 100%, cap 300%: flat, jump, rise, steeper rise, flat at the cap.
		assertEquals(6, curve.size());
		for (Point point : curve) {
			assertTrue(frame.contains(new Bounds(point.x(), point.y(), 0, 0)), point + " inside " + frame);
		}
		assertEquals(curve.get(0).y(), curve.get(1).y(), 1e-9, "nothing is paid below the threshold");
		assertEquals(curve.get(1).x(), curve.get(2).x(), 1e-9, "the payout jumps at the threshold");
		assertEquals(curve.get(4).y(), curve.get(5).y(), 1e-9, "flat at the cap");
		double riseToTarget = (curve.get(2).y() - curve.get(3).y()) / (curve.get(3).x() - curve.get(2).x());
		double riseAboveTarget = (curve.get(3).y() - curve.get(4).y()) / (curve.get(4).x() - curve.get(3).x());
		assertEquals(2.0, riseAboveTarget / riseToTarget, 1e-9, "the accelerator doubles the slope above 100%");
		assertEquals(5, pay.allNodes().stream().filter(n -> n.sparkline() != null).count());
	}

	@Test
	void brokenShowsWhatIsPaidForNothingAndWhatNobodyIsPaidFor() {
		Diagram pay = Examples.load(loader, "broken.sales").diagram(DiagramKind.PAY);
		TreeSet<String> missing = pay.edges().stream().filter(DiagramEdge::missing).map(DiagramEdge::id).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(List.of(
				"missing-paid-by-Initech.CSM-missing-plan-for-Initech.CSM",
				"missing-supports-Initech.Calls-missing-objective-for-Initech.Calls",
				"missing-supports-Initech.Velocity-missing-objective-for-Initech.Velocity",
				"missing-rewards-missing-plan-for-Initech.Partners-Initech.Partners")), missing);
		assertEquals(Decoration.Level.ERROR, pay.node("Initech.AEPlan.Bookings").orElseThrow().decoration().level());
		assertEquals(Decoration.Level.WARNING, pay.node("Initech.AEPlan.WinShare").orElseThrow().decoration().level());
		assertEquals(Decoration.Level.ERROR, pay.node("Initech.CSM").orElseThrow().decoration().level());
		assertEquals("Bookings · 60% measure · quota 1M threshold 120% · cap 110%",
				PipelineDiagramTest.text(pay.node("Initech.AEPlan.Bookings").orElseThrow()));
	}
}
