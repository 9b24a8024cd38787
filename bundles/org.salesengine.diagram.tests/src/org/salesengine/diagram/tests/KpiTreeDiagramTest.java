package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.style.Theme;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.Engines;
import org.salesengine.testing.Examples;
import org.salesengine.testing.TestFiles;
import org.salesengine.testing.LanguageInjectorProvider;

/**
 * The KPI tree: objectives first (in priority order), supporting KPIs next, formula inputs after those; leading apart
 * from lagging; a wide tree unzipped into staggered sub-columns.
 */
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
	void objectivesFirstThenSupportingKpisThenFormulaInputs() {
		assertEquals(12, tree.allNodes().size());
		double objectivesRight = Math.max(right("AcmeEmea.NewLogos"), right("AcmeEmea.Expansion"));
		for (DiagramNode kpi : tree.allNodes().stream().filter(n -> n.hasClass("kpi")).toList()) {
			assertTrue(kpi.bounds().x() > objectivesRight, kpi.id() + " is right of the objectives");
		}
		assertTrue(left("AcmeEmea.DealsWon") > right("AcmeEmea.WinRate"), "a formula input is right of the KPI it feeds");
		assertTrue(left("AcmeEmea.DealsLost") > right("AcmeEmea.WinRate"));
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
		assertEquals("WinRate Win rate KPI · lagging · percent · target 25% = DealsWon / (DealsWon + DealsLost) paid · reviewed",
				PipelineDiagramTest.text(tree.node("AcmeEmea.WinRate").orElseThrow()));
		assertEquals("NewARR New annual recurring revenue KPI · lagging · currency · target 12M paid · reviewed",
				PipelineDiagramTest.text(tree.node("AcmeEmea.NewARR").orElseThrow()));
		assertEquals("DealsWon Deals won KPI · lagging · count", PipelineDiagramTest.text(tree.node("AcmeEmea.DealsWon").orElseThrow()));
		assertEquals("NRR Net revenue retention KPI · lagging · percent · target 112% paid · reviewed", PipelineDiagramTest.text(tree.node("AcmeEmea.NRR").orElseThrow()));
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
		assertTrue(PipelineDiagramTest.text(broken.node("Initech.Velocity").orElseThrow())
				.startsWith("Velocity Pipeline velocity KPI · lagging · currency = Bookings + WinShare"));
	}

	@Test
	void paidAndReviewedKpisAreMarkedInTheSvg() {
		String svg = SvgWriter.write(tree);
		// Paid: measured by AEPlan (NewARR, WinRate), SDRPlan (MeetingsBooked), AMPlan (ExpansionARR, NRR).
		// Reviewed: DealReview (Pipeline, WinRate, StakeholdersPerDeal), ForecastCall (NewARR, ExpansionARR,
		// ExpansionPipeline, NRR), PipelineStandup (MeetingsBooked). DealsWon and DealsLost are neither.
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("NewARR", "paid reviewed");
		expected.put("Pipeline", "reviewed");
		expected.put("WinRate", "paid reviewed");
		expected.put("MeetingsBooked", "paid reviewed");
		expected.put("StakeholdersPerDeal", "reviewed");
		expected.put("ExpansionARR", "paid reviewed");
		expected.put("ExpansionPipeline", "reviewed");
		expected.put("NRR", "paid reviewed");
		expected.put("DealsWon", "");
		expected.put("DealsLost", "");
		Map<String, String> marks = new LinkedHashMap<>();
		for (String kpi : expected.keySet()) {
			Matcher group = Pattern.compile("<g id=\"AcmeEmea\\." + kpi + "\" class=\"([^\"]*)\"").matcher(svg);
			assertTrue(group.find(), kpi);
			marks.put(kpi, List.of(group.group(1).split(" ")).stream().filter(c -> c.equals("paid") || c.equals("reviewed"))
					.collect(Collectors.joining(" ")));
		}
		assertEquals(expected, marks);
		assertTrue(tree.legend().stream().anyMatch(e -> e.label().text().startsWith("\"paid\": a plan measures it")), "the legend explains the marks");
	}

	@Test
	void thirtyKpisMakeATreeAboutAsWideAsItIsTall() {
		Diagram thirty = thirtyKpis();
		assertEquals(30, thirty.allNodes().stream().filter(n -> n.hasClass("kpi")).count());
		// 30 KPIs: round(sqrt(30 / 8)) = 2 sub-columns per KPI column. Before unzipping the 18 supporting KPIs were
		// one column about three times as tall as the tree was wide (and before that, one row 4,500 px wide).
		double ratio = thirty.width() / thirty.height();
		assertTrue(ratio >= 0.5 && ratio <= 2, "width / height = " + thirty.width() + " / " + thirty.height());
		List<Bounds> supporting = thirty.allNodes().stream().filter(n -> n.id().matches("Kpis30\\.K\\d+")).map(DiagramNode::bounds).toList();
		double firstRight = supporting.stream().mapToDouble(Bounds::right).min().orElseThrow();
		assertTrue(supporting.stream().anyMatch(b -> b.x() > firstRight), "the supporting KPIs stand in staggered sub-columns");
		assertEquals(List.of(), LayoutProblems.all(thirty));
	}

	@Test
	void objectivesStandInPriorityOrderInTheSvg() {
		// Written Growth (priority 1), Retain (3), Expand (2): drawn top to bottom by priority.
		assertEquals(List.of("Kpis30.Growth", "Kpis30.Expand", "Kpis30.Retain"), objectivesTopToBottom(SvgWriter.write(thirtyKpis())));
		Diagram pay = Diagrams.build(DiagramKind.PAY, engine(), List.of());
		assertEquals(List.of("Kpis30.Growth", "Kpis30.Expand", "Kpis30.Retain"), objectivesTopToBottom(SvgWriter.write(pay)));
	}

	/** The ids of the objective boxes in an SVG, by the y of their box's top edge. */
	static List<String> objectivesTopToBottom(String svg) {
		Matcher box = Pattern.compile("<g id=\"([^\"]+)\" class=\"[^\"]*\\bobjective\\b[^\"]*\"[^>]*>\\s*(?:<title>[^<]*</title>\\s*)?"
				+ "<rect x=\"[-\\d.]+\" y=\"([-\\d.]+)\"").matcher(svg);
		Map<String, Double> tops = new LinkedHashMap<>();
		while (box.find()) {
			tops.put(box.group(1), Double.parseDouble(box.group(2)));
		}
		return tops.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
	}

	private WholeEngine engine() {
		return Engines.engine(loader, TestFiles.fixture("org.salesengine.diagram.tests", "kpis30.sales"));
	}

	private Diagram thirtyKpis() {
		return Diagrams.build(DiagramKind.KPIS, engine(), List.of());
	}

	private double left(String id) {
		return tree.node(id).orElseThrow().bounds().x();
	}

	private double right(String id) {
		return tree.node(id).orElseThrow().bounds().right();
	}
}
