package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.scenario.ScenarioChange;
import org.salesengine.analysis.scenario.ScenarioCopies;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.scenario.Scenarios;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.Scenario;
import org.salesengine.model.ScenarioOverride;
import org.salesengine.model.View;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.scenario.ScenarioDrawing;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.SvgMarks;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * A scenario's marks on the diagrams, read back from the SVG: every change is on the changed element's box, on the
 * nearest element drawn (a measure's plan, a stage's process) with the rest of its path, or under the header (the
 * engine's own settings). Nothing a scenario changes goes unmarked on the engine map.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class ScenarioMarksTest {
	private static final SalesEnginePackage MODEL = SalesEnginePackage.eINSTANCE;
	/** What a scenario's set may name (ScenarioTargets): the engine, the named elements of its sections, stages, measures. */
	private static final List<EClass> TARGETS = List.of(MODEL.getEngine(), MODEL.getObjective(), MODEL.getSegment(), MODEL.getRole(),
			MODEL.getTeam(), MODEL.getSalesProcess(), MODEL.getStage(), MODEL.getBehavior(), MODEL.getRitual(), MODEL.getKpi(),
			MODEL.getPlan(), MODEL.getMeasure(), MODEL.getSpif());

	@Inject
	private EngineLoader loader;
	@Inject
	private ScenarioCopies copies;
	@Inject
	private ScenarioProperties properties;

	@Test
	void theFixtureSetsEveryPropertyTheScenarioGrammarAllows() {
		LoadedEngines loaded = Engines.load(loader, everyOverride());
		Set<String> allowed = new TreeSet<>();
		for (EClass target : TARGETS) {
			EObject element = target.getEPackage().getEFactoryInstance().create(target);
			properties.of(element).keySet().forEach(property -> allowed.add(target.getName() + "." + property));
		}
		Set<String> set = new TreeSet<>();
		for (ScenarioOverride override : Scenarios.of(loaded.engines().get(0)).get(0).getOverrides()) {
			set.add(override.getTarget().eClass().getName() + "." + override.getProperty());
		}
		assertEquals(allowed, set);
	}

	@Test
	void theEngineMapMarksEveryOverrideOfEveryKind() {
		ScenarioEngine run = run(Engines.load(loader, everyOverride()), "All");
		assertEquals(31, run.changes().size());
		Map<String, List<String>> marks = SvgMarks.of(svg(run, DiagramKind.ENGINE, ViewSettings.NONE.withRepresentation("engine")));
		assertEveryChangeMarked(run, marks);
		// The engine's settings have no box: under the header, with the path as the scenario writes it.
		assertEquals(List.of("Δ Every.revenueTarget 10M → 12M", "Δ Every.runRate 2M → 3M"), marks.get(SvgMarks.HEADER));
		// Boxes of their own: the property alone.
		assertEquals(List.of("Δ headcount 10 → 12", "Δ ramp (none) → 4 months", "Δ rampBasis month → quarter",
				"Δ hires 2 on 2027-04-01 → + 3 on 2027-07-01", "Δ attrition 10% → 8%"), marks.get("Every.AE"));
		// A stage has no box on the engine map: its process carries it, with the stage's name. Renewal also has a
		// stage Lead, and is not marked.
		assertEquals(List.of("Δ averageDeal 50k → 55k", "Δ Lead.conversion 40% → 45%", "Δ Lead.duration 10 days → 12 days"),
				marks.get("Every.NewBusiness"));
		// A measure is drawn as an edge: its plan carries it.
		assertEquals(List.of("Δ onTargetEarnings 120k → 130k", "Δ mixBase 50 → 60", "Δ mixIncentive 50 → 40", "Δ payout monthly → quarterly",
				"Δ clawback 3 months → 6 months", "Δ NewARR.weight 100% → 90%", "Δ NewARR.credit individual → overlay",
				"Δ NewARR.quotaBasis month → quarter", "Δ NewARR.quota 1M → 1.2M", "Δ NewARR.threshold 50% → 40%",
				"Δ NewARR.accelerator 1.5x → 2x", "Δ NewARR.acceleratorAbove 100% → 110%", "Δ NewARR.cap 200% → 250%"),
				marks.get("Every.AEPlan"));
		assertEquals(Set.of(SvgMarks.HEADER, "Every.Growth", "Every.AE", "Every.NewBusiness", "Every.Forecast", "Every.NewARR",
				"Every.AEPlan", "Every.Q4Push"), marks.keySet());
	}

	@Test
	void theStageIsMarkedInItsOwnProcessOnThePipeline() {
		ScenarioEngine run = run(Engines.load(loader, everyOverride()), "All");
		Map<String, List<String>> marks = SvgMarks.of(svg(run, DiagramKind.PIPELINE, ViewSettings.NONE.withRepresentation("pipeline")));
		// Both processes have a stage Lead (one id, Every.Lead): only NewBusiness's is marked, once.
		assertEquals(List.of("Δ conversion 40% → 45%", "Δ duration 10 days → 12 days"), marks.get("Every.Lead"));
		assertEquals(List.of("Δ averageDeal 50k → 55k"), marks.get("Every.NewBusiness"));
		assertEquals(Set.of("Every.Lead", "Every.NewBusiness", SvgMarks.HEADER), marks.keySet());
	}

	@Test
	void everyScenarioOfNorthwindIsMarkedOnTheEngineMap() {
		LoadedEngines loaded = Engines.load(loader, TestFiles.example("northwind.sales"));
		WholeEngine northwind = loaded.engines().get(0);
		assertEquals(List.of("LowerAttrition", "MoreBdrs", "BetterDiscovery"), Scenarios.names(northwind).subList(1, 4));
		for (Scenario scenario : Scenarios.of(northwind)) {
			ScenarioEngine run = run(loaded, scenario.getName());
			assertEveryChangeMarked(run, SvgMarks.of(svg(run, DiagramKind.ENGINE, ViewSettings.NONE.withRepresentation("engine"))));
		}
		// MoreBdrs: BDR.headcount on the role, BDRPlan.Meetings.quota (a measure, an edge here) on the plan.
		Map<String, List<String>> moreBdrs = SvgMarks.of(svg(run(loaded, "MoreBdrs"), DiagramKind.ENGINE, ViewSettings.NONE.withRepresentation("engine")));
		assertEquals(Map.of("Northwind.BDR", List.of("Δ headcount 12 → 14"), "Northwind.BDRPlan", List.of("Δ Meetings.quota 260 → 240")),
				moreBdrs);
		// BetterDiscovery: the stage's process.
		assertEquals(Map.of("Northwind.NewBusiness", List.of("Δ Discovery.conversion 50% → 55%")),
				SvgMarks.of(svg(run(loaded, "BetterDiscovery"), DiagramKind.ENGINE, ViewSettings.NONE.withRepresentation("engine"))));
	}

	@Test
	void everyDiagramKindAndASavedViewMarkTheNearestDrawnElement() {
		LoadedEngines loaded = Engines.load(loader, TestFiles.example("northwind.sales"));
		ScenarioEngine moreBdrs = run(loaded, "MoreBdrs");
		// The pay diagram draws the measure: it is marked itself.
		assertEquals(Map.of("Northwind.BDR", List.of("Δ headcount 12 → 14"), "Northwind.BDRPlan.Meetings", List.of("Δ quota 260 → 240")),
				SvgMarks.of(svg(moreBdrs, DiagramKind.PAY, ViewSettings.NONE.withRepresentation("pay"))));
		// The KPI tree draws no roles, plans or measures: the measure's KPI carries the quota, with the whole path.
		assertEquals(Map.of("Northwind.Meetings", List.of("Δ BDRPlan.Meetings.quota 260 → 240")),
				SvgMarks.of(svg(moreBdrs, DiagramKind.KPIS, ViewSettings.NONE.withRepresentation("kpis"))));
		// The pipeline: the stage itself.
		assertEquals(Map.of("Northwind.Discovery", List.of("Δ conversion 50% → 55%")),
				SvgMarks.of(svg(run(loaded, "BetterDiscovery"), DiagramKind.PIPELINE, ViewSettings.NONE.withRepresentation("pipeline"))));
		// The saved view ManagerFloor (structure and culture, no plans): the role is marked, the plan is not drawn.
		View floor = moreBdrs.engine().views().stream().filter(v -> v.getName().equals("ManagerFloor")).findFirst().orElseThrow();
		assertEquals(Map.of("Northwind.BDR", List.of("Δ headcount 12 → 14")), SvgMarks.of(svg(moreBdrs, DiagramKind.ENGINE, ViewSettings.of(floor))));
	}

	/** Each change is on its element's box, its holder's (plan, process) or under the header. */
	private static void assertEveryChangeMarked(ScenarioEngine run, Map<String, List<String>> marks) {
		ScenarioMarks drawn = ScenarioDrawing.marks(run);
		for (ScenarioMarks.Change change : drawn.changes()) {
			Set<String> places = new LinkedHashSet<>();
			marks.forEach((element, lines) -> {
				if (lines.stream().anyMatch(line -> line.endsWith(" " + change.before() + " → " + change.after())
						&& line.startsWith("Δ ") && change.path().endsWith(line.substring(2, line.indexOf(' ', 2))))) {
					places.add(element);
				}
			});
			assertTrue(places.contains(change.element()) || change.nearby().stream().anyMatch(places::contains) || places.contains(SvgMarks.HEADER),
					run.name() + ": " + change + " is not marked; marks: " + marks);
		}
		assertEquals(run.changes().stream().map(ScenarioChange::element).distinct().count(), drawn.changedElements().size());
	}

	private ScenarioEngine run(LoadedEngines loaded, String name) {
		WholeEngine base = loaded.engines().get(0);
		return copies.apply(base, EngineFindings.of(loaded, base), ScenarioCopies.find(base, name), ScenarioCopies.fileNames(loaded));
	}

	private static String svg(ScenarioEngine run, DiagramKind kind, ViewSettings view) {
		return SvgWriter.write(Diagrams.build(kind, run.engine(), run.findings(), StageVolumes.NONE, view, Map.of(), null,
				ScenarioDrawing.marks(run)));
	}

	private static Path everyOverride() {
		return TestFiles.root().resolve("bundles/org.salesengine.table.tests/fixtures/every-override.sales");
	}
}
