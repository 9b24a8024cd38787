package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.style.Theme;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

/** The KPI tree: objectives on top, supporting KPIs under them, formula inputs under those; leading apart from lagging. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class KpiTreeDiagramTest {
	@Inject
	private EngineLoader loader;
	private Diagram tree;

	@BeforeEach
	void load() {
		tree = Examples.load(loader, "acme.sales").diagram(DiagramKind.KPIS);
	}

	@Test
	void objectivesOnTopThenSupportingKpisThenFormulaInputs() {
		assertEquals(12, tree.allNodes().size());
		double objectivesBottom = Math.max(bottom("AcmeEmea.NewLogos"), bottom("AcmeEmea.Expansion"));
		for (DiagramNode kpi : tree.allNodes().stream().filter(n -> n.hasClass("kpi")).toList()) {
			assertTrue(kpi.bounds().y() > objectivesBottom, kpi.id() + " is below the objectives");
		}
		assertTrue(top("AcmeEmea.DealsWon") > bottom("AcmeEmea.WinRate"), "a formula input is below the KPI it feeds");
		assertTrue(top("AcmeEmea.DealsLost") > bottom("AcmeEmea.WinRate"));
		assertEquals(List.of("formula-input-AcmeEmea.DealsWon-AcmeEmea.WinRate", "formula-input-AcmeEmea.DealsLost-AcmeEmea.WinRate"),
				tree.edges().stream().filter(e -> e.kind() == LinkKind.FORMULA_INPUT).map(DiagramEdge::id).toList());
		assertEquals(8, tree.edges().stream().filter(e -> e.kind() == LinkKind.SUPPORTS).count());
		assertEquals(10, tree.edges().size());
	}

	@Test
	void leadingAndLaggingKpisHaveTheirOwnClassAndLook() {
		TreeSet<String> leading = tree.allNodes().stream().filter(n -> n.hasClass(Theme.LEADING)).map(DiagramNode::id).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(List.of("AcmeEmea.Pipeline", "AcmeEmea.MeetingsBooked", "AcmeEmea.StakeholdersPerDeal", "AcmeEmea.ExpansionPipeline")), leading);
		assertEquals(6, tree.allNodes().stream().filter(n -> n.hasClass(Theme.LAGGING)).count());
		DiagramNode pipeline = tree.node("AcmeEmea.Pipeline").orElseThrow();
		DiagramNode newArr = tree.node("AcmeEmea.NewARR").orElseThrow();
		assertNotEquals(Theme.DEFAULT.node(NodeKind.ELEMENT, pipeline.styleClasses(), null).fill(),
				Theme.DEFAULT.node(NodeKind.ELEMENT, newArr.styleClasses(), null).fill());
	}

	@Test
	void kpiBoxesGiveUnitTargetAndFormula() {
		assertEquals("WinRate Win rate KPI · lagging · percent · target 25% = DealsWon / (DealsWon + DealsLost)",
				PipelineDiagramTest.text(tree.node("AcmeEmea.WinRate").orElseThrow()));
		assertEquals("NewARR New annual recurring revenue KPI · lagging · currency · target 12M",
				PipelineDiagramTest.text(tree.node("AcmeEmea.NewARR").orElseThrow()));
		assertEquals("DealsWon Deals won KPI · lagging · count", PipelineDiagramTest.text(tree.node("AcmeEmea.DealsWon").orElseThrow()));
		assertEquals("NRR Net revenue retention KPI · lagging · percent · target 112%", PipelineDiagramTest.text(tree.node("AcmeEmea.NRR").orElseThrow()));
	}

	@Test
	void brokenShowsTheUnmeasuredObjectiveAndTheFormulaCycle() {
		Diagram broken = Examples.load(loader, "broken.sales").diagram(DiagramKind.KPIS);
		assertEquals(List.of("missing-supports-missing-kpi-for-Initech.Partners-Initech.Partners"),
				broken.edges().stream().filter(DiagramEdge::missing).map(DiagramEdge::id).toList());
		assertTrue(broken.edge("formula-input-Initech.WinShare-Initech.Velocity").isPresent());
		assertTrue(broken.edge("formula-input-Initech.Velocity-Initech.WinShare").isPresent());
		assertEquals(Decoration.Level.ERROR, broken.node("Initech.Velocity").orElseThrow().decoration().level());
		assertEquals(Decoration.Level.ERROR, broken.node("Initech.WinShare").orElseThrow().decoration().level());
		assertEquals(Decoration.Level.WARNING, broken.node("Initech.Enterprise").orElseThrow().decoration().level(), "no leading indicator");
		assertEquals("Velocity Pipeline velocity KPI · lagging · currency = Bookings + WinShare",
				PipelineDiagramTest.text(broken.node("Initech.Velocity").orElseThrow()));
	}

	private double top(String id) {
		return tree.node(id).orElseThrow().bounds().y();
	}

	private double bottom(String id) {
		return tree.node(id).orElseThrow().bounds().bottom();
	}
}
