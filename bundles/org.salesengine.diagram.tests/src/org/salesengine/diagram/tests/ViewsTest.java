package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.Engines;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * What a view holds, by value, on acme and broken. The focus sets are derived by hand from acme.sales, following
 * the engine map's links (team includes role, owns, paid by, rewards, supports, produces, reviews, covers, ...):
 * <ul>
 * <li>AE at depth 1: NewBusinessTeam (has AE as member), NewARR and Pipeline (AE owns them), AEPlan (for AE) and
 * MultiYear (SPIF for AE). Reports-to, expected-of, attended-by and stage owners are no links of the map.</li>
 * <li>AE at depth 2 adds: Manager and SDR (lead and member of NewBusinessTeam), MidMarket (the team covers it),
 * NewLogos (NewARR and Pipeline support it), NewBusiness (produces NewARR), ForecastCall (reviews NewARR),
 * DealReview (reviews Pipeline) and WinRate (AEPlan rewards it).</li>
 * </ul>
 * acme's map draws 31 elements (2 objectives, 2 segments, 4 roles, 2 teams, 2 processes, 2 behaviors, 3 rituals,
 * 10 KPIs, 3 plans, 1 SPIF), so depth 2 leaves out 31 - 14 = 17 and depth 1 leaves out 31 - 6 = 25.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class ViewsTest {
	private static final Set<String> AE_DEPTH_1 = ids("AE", "NewBusinessTeam", "NewARR", "Pipeline", "AEPlan", "MultiYear");
	private static final Set<String> AE_DEPTH_2 = union(AE_DEPTH_1,
			ids("Manager", "SDR", "MidMarket", "NewLogos", "NewBusiness", "ForecastCall", "DealReview", "WinRate"));

	@Inject
	private EngineLoader loader;
	private Examples acme;
	private Examples broken;

	@BeforeEach
	void load() {
		acme = Examples.load(loader, "acme.sales");
		broken = Examples.load(loader, "broken.sales");
	}

	@Test
	void aFocusShowsWhatIsWithinItsDepthAndSaysHowMuchItLeavesOut() {
		Diagram depth1 = view(acme, DiagramKind.ENGINE, focus(acme, 1, "AE"));
		assertEquals(AE_DEPTH_1, elements(depth1));
		assertEquals(List.of("focus AE, depth 1", "leaves out 25 elements: 25 beyond depth 1"), viewLines(depth1));

		Diagram depth2 = view(acme, DiagramKind.ENGINE, focus(acme, 2, "AE"));
		assertEquals(AE_DEPTH_2, elements(depth2));
		assertEquals(List.of("focus AE, depth 2", "leaves out 17 elements: 17 beyond depth 2"), viewLines(depth2));

		Diagram alone = view(acme, DiagramKind.ENGINE, focus(acme, 0, "AE"));
		assertEquals(ids("AE"), elements(alone));
		assertEquals(List.of("pillar-structure"), alone.nodes().stream().map(DiagramNode::id).toList(), "empty pillars are not drawn");
	}

	@Test
	void anEdgeIsDrawnOnlyWhenBothEndsAreShown() {
		Diagram depth1 = view(acme, DiagramKind.ENGINE, focus(acme, 1, "AE"));
		// AEPlan also rewards WinRate, which is two links away: that edge goes with WinRate.
		assertEquals(new TreeSet<>(List.of("staffs-AcmeEmea.NewBusinessTeam-AcmeEmea.AE", "owns-AcmeEmea.AE-AcmeEmea.NewARR",
				"owns-AcmeEmea.AE-AcmeEmea.Pipeline", "paid-by-AcmeEmea.AE-AcmeEmea.AEPlan", "rewards-AcmeEmea.AEPlan-AcmeEmea.NewARR",
				"paid-by-AcmeEmea.AE-AcmeEmea.MultiYear", "rewards-AcmeEmea.MultiYear-AcmeEmea.NewARR")),
				new TreeSet<>(depth1.edges().stream().map(DiagramEdge::id).toList()));
	}

	/**
	 * Layers and filters with a focus, as northwind's AeLineOfSight has them, on acme: no strategy layer, no teams.
	 * The team is hidden (1 of 2 hidden teams), so Manager and SDR, reached only through it, are out; MidMarket and
	 * NewLogos are in the hidden strategy layer, with Expansion and Installed. Shown: the depth-2 set less those,
	 * 9 elements; beyond depth 2: 31 - 9 - 4 - 2 - 2 = 14.
	 */
	@Test
	void layersAndFiltersComeFirstAndAFocusDoesNotReachThroughWhatTheyHide() {
		ViewSettings settings = focus(acme, 2, "AE").withLayers(Set.of("structure", "culture", "metrics", "compensation"))
				.withHidden(Set.of("team"));
		Diagram diagram = view(acme, DiagramKind.ENGINE, settings);
		assertEquals(ids("AE", "NewARR", "Pipeline", "AEPlan", "MultiYear", "NewBusiness", "ForecastCall", "DealReview", "WinRate"),
				elements(diagram));
		assertEquals(List.of("focus AE, depth 2 · shows structure, culture, metrics, compensation · hides team",
				"leaves out 22 elements: 4 in hidden layers, 2 of hidden kinds, 14 beyond depth 2, 2 reached only through hidden elements"),
				viewLines(diagram));
		assertEquals(List.of("pillar-structure", "pillar-culture", "pillar-compensation"), diagram.nodes().stream().map(DiagramNode::id).toList());
	}

	/** A filter without a focus: acme's map without culture and without KPIs leaves out 2 + 3 behaviors and rituals and 10 KPIs. */
	@Test
	void aFilterWithoutFocusCountsWhatItHides() {
		Diagram diagram = view(acme, DiagramKind.ENGINE, ViewSettings.NONE.withLayers(Set.of("strategy", "structure", "metrics", "compensation"))
				.withHidden(Set.of("kpi")));
		assertEquals(List.of("shows strategy, structure, metrics, compensation · hides kpi",
				"leaves out 15 elements: 5 in hidden layers, 10 of hidden kinds"), viewLines(diagram));
		assertTrue(diagram.edges().stream().noneMatch(edge -> edge.id().contains("NewARR")), "no edge to a hidden KPI");
	}

	/** A process in reach brings its stages into the pipeline; the other process is left out with its 2 stages and 2 outcomes. */
	@Test
	void aPipelineFocusShowsTheReachedProcessWithItsStages() {
		Diagram pipeline = view(acme, DiagramKind.PIPELINE, focus(acme, 2, "AE"));
		assertEquals(ids("Lead", "Discovery", "Proposal", "Negotiate",
				"ClosedWon", "ClosedLost"), elements(pipeline));
		assertEquals(List.of("AcmeEmea.NewBusiness"), pipeline.nodes().stream().map(DiagramNode::id).toList());
		assertEquals("leaves out 5 elements: 5 beyond depth 2", viewLines(pipeline).get(1));
	}

	/** broken: CSM has an error (quota role without plan), Partners only a warning, Director nothing. */
	@Test
	void colourBySeverityIsReadBackFromTheSvgClasses() {
		String svg = SvgWriter.write(view(broken, DiagramKind.ENGINE, ViewSettings.NONE.withColorBy("severity")));
		assertEquals("header color-by-severity", headerClasses(svg));
		assertEquals("node structure role severity-error error", classesOf(svg, "Initech.CSM"));
		assertEquals("node strategy objective severity-warning warning", classesOf(svg, "Initech.Partners"));
		assertEquals("node structure role severity-clean", classesOf(svg, "Initech.Director"));
		assertTrue(svg.contains(">colour: an error on the element<"), "the legend follows the colouring");
	}

	@Test
	void colourBySignalAndByHealth() {
		Diagram tree = view(acme, DiagramKind.KPIS, ViewSettings.NONE.withColorBy("signal"));
		String signal = SvgWriter.write(tree);
		// The KPI tree's own samples are painted as its boxes are: a leading KPI teal, an objective grey.
		assertEquals(List.of("compensation", "kpi", "leading", "signal-leading"), sample(tree, "leading KPI"));
		assertEquals(List.of("strategy", "objective", "signal-none"), sample(tree, "objective"));
		assertEquals("node compensation kpi lagging paid reviewed signal-lagging", classesOf(signal, "AcmeEmea.NewARR"));
		assertEquals("node compensation kpi leading reviewed signal-leading", classesOf(signal, "AcmeEmea.Pipeline"));
		assertEquals("node strategy objective signal-none", classesOf(signal, "AcmeEmea.NewLogos"));

		Map<EnginePillar, Integer> health = Map.of(EnginePillar.STRATEGY, 92, EnginePillar.STRUCTURE, 80, EnginePillar.CULTURE, 79,
				EnginePillar.COMPENSATION, 49);
		String svg = SvgWriter.write(Diagrams.build(DiagramKind.ENGINE, acme.engine(), acme.findings(), StageVolumes.NONE,
				ViewSettings.NONE.withColorBy("health"), health));
		assertEquals("header color-by-health", headerClasses(svg));
		assertEquals("node strategy objective health-good", classesOf(svg, "AcmeEmea.NewLogos"));
		assertEquals("node structure role health-good", classesOf(svg, "AcmeEmea.AE"), "80 is good");
		assertEquals("node culture ritual health-fair", classesOf(svg, "AcmeEmea.DealReview"), "79 is fair");
		assertEquals("node compensation plan health-poor", classesOf(svg, "AcmeEmea.AEPlan"), "49 is poor");
		assertTrue(svg.contains(">colour: KPIs &amp; Compensation health 49 of 100<"), svg);

		// The legend speaks only of the pillars drawn: without the strategy layer, no strategy score.
		String cut = SvgWriter.write(Diagrams.build(DiagramKind.ENGINE, acme.engine(), acme.findings(), StageVolumes.NONE,
				ViewSettings.NONE.withColorBy("health").withLayers(Set.of("structure", "culture", "metrics", "compensation")), health));
		assertTrue(cut.contains(">colour: Structure &amp; Process health 80 of 100<"), cut);
		assertTrue(!cut.contains("Strategy health"), cut);
	}

	@Test
	void aSavedViewIsReadFromTheEngineText() {
		LoadedEngines northwind = Engines.load(loader, TestFiles.example("northwind.sales"));
		WholeEngine engine = northwind.engines().get(0);
		ViewSettings saved = ViewSettings.of(engine.views().get(0));
		assertEquals("AeLineOfSight", saved.name());
		assertEquals("engine", saved.representation());
		assertEquals(List.of("AE"), saved.focus().stream().map(e -> ((NamedElement) e).getName()).toList());
		assertEquals(2, saved.depth());
		assertEquals(Set.of("structure", "culture", "metrics", "compensation"), saved.layers());
		assertEquals(Set.of("team"), saved.hidden());
		assertEquals("severity", saved.colorBy());
		Diagram diagram = Diagrams.build(DiagramKind.ENGINE, engine, northwind.findings(), StageVolumes.NONE, saved, Map.of());
		assertEquals("view AeLineOfSight · What an account executive is asked, measured and paid on", viewLines(diagram).get(0));
		assertTrue(SvgWriter.write(diagram).contains("class=\"header view view-AeLineOfSight color-by-severity\""));
	}

	/**
	 * The same view twice gives the same bytes; after an edit that adds a KPI nothing in the view links to, the
	 * picture is the same but for the count of what the view leaves out, which now includes that KPI.
	 */
	@Test
	void layoutIsStableAcrossRunsAndUnrelatedEdits(@TempDir Path folder) throws Exception {
		String before = SvgWriter.write(view(acme, DiagramKind.ENGINE, focus(acme, 2, "AE")));
		assertEquals(before, SvgWriter.write(view(acme, DiagramKind.ENGINE, focus(acme, 2, "AE"))));

		String text = TestFiles.exampleText("acme.sales");
		String edited = text.replace("  metrics {\n", "  metrics {\n    kpi Unrelated \"Something else\" { unit count leading target 5 }\n");
		assertTrue(edited.length() > text.length());
		Path file = folder.resolve("acme.sales");
		Files.writeString(file, edited);
		LoadedEngines loaded = Engines.load(loader, file);
		Examples editedAcme = new Examples(loaded.engines().get(0), loaded.findings());
		String after = SvgWriter.write(view(editedAcme, DiagramKind.ENGINE, focus(editedAcme, 2, "AE")));
		assertEquals(before.replace("leaves out 17 elements: 17 beyond depth 2", "leaves out 18 elements: 18 beyond depth 2"), after);
	}

	private static Diagram view(Examples example, DiagramKind kind, ViewSettings settings) {
		return Diagrams.build(kind, example.engine(), example.findings(), StageVolumes.NONE, settings, Map.of());
	}

	private static ViewSettings focus(Examples example, int depth, String... names) {
		List<EObject> focus = new java.util.ArrayList<>();
		for (String name : names) {
			focus.add(example.engine().roles().stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow());
		}
		return ViewSettings.NONE.withFocus(focus, depth);
	}

	private static Set<String> elements(Diagram diagram) {
		Set<String> result = new TreeSet<>();
		diagram.allNodes().stream().filter(n -> n.kind() == NodeKind.ELEMENT).forEach(n -> result.add(n.elementId()));
		return result;
	}

	/** The header lines under the title and the subtitle. */
	private static List<String> viewLines(Diagram diagram) {
		return diagram.header().stream().map(DiagramLabel::text).skip(2).toList();
	}

	private static String classesOf(String svg, String id) {
		Matcher matcher = Pattern.compile("<g id=\"" + Pattern.quote(id) + "\" class=\"([^\"]*)\"").matcher(svg);
		return matcher.find() ? matcher.group(1) : "(no " + id + ")";
	}

	private static String headerClasses(String svg) {
		return classesOf(svg, "diagram-header");
	}

	private static List<String> sample(Diagram diagram, String meaning) {
		return diagram.legend().stream().filter(e -> e.label().text().equals(meaning)).findFirst().orElseThrow().nodeClasses();
	}

	private static Set<String> ids(String... names) {
		Set<String> result = new TreeSet<>();
		for (String name : names) {
			result.add("AcmeEmea." + name);
		}
		return result;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.addAll(b);
		return result;
	}
}
