package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salesengine.table.tests.TableAssertions.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.scenario.ScenarioCopies;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableScenario;
import org.salesengine.table.render.CsvTableWriter;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.table.render.TextTableWriter;
import org.salesengine.table.scenario.ScenarioDrawing;
import org.salesengine.table.scenario.TableScenarios;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.inject.Inject;

/**
 * Tables of a scenario: the scenario's values, the cells it changed marked (text: a marker and a line per change; CSV:
 * the values only; SVG: the cell outlined and classed {@code changed}, a legend line), and the changes no cell shows
 * named under the grid.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class TableScenariosTest {
	@Inject
	private EngineLoader loader;
	@Inject
	private ScenarioCopies copies;

	@Test
	void theRolesTableOfMoreBdrs() throws Exception {
		Table roles = table(TestFiles.example("northwind.sales"), "MoreBdrs", TableKind.ROLES);
		// MoreBdrs sets BDR.headcount 14 (a cell of the roles table) and BDRPlan.Meetings.quota 240 (none).
		assertEquals("14", text(roles, "BDR", "headcount"));
		TableScenario scenario = roles.scenario();
		assertEquals(List.of(new TableScenario.ChangedCell(1, "Northwind.BDR", "headcount", "BDR · headcount", List.of("BDR.headcount 12 → 14"))),
				scenario.cells());
		assertEquals(List.of("BDRPlan.Meetings.quota 260 → 240"), scenario.elsewhere());
		assertEquals("roles and their settings · scenario MoreBdrs", roles.subtitle());

		String text = TextTableWriter.write(roles);
		assertTrue(text.lines().anyMatch(line -> line.matches("BDR +Business development representative +14 Δ1 +3 months +no +Manager +BDRPlan +80k +70/30")),
				text);
		assertTrue(text.endsWith("""

				Scenario MoreBdrs: 1 cell changed (Δ: from the engine as written to the scenario)
				  Δ1 BDR · headcount: BDR.headcount 12 → 14
				  Not in this table: BDRPlan.Meetings.quota 260 → 240
				"""), text);

		// CSV: the scenario's values only; the header is the table's as always.
		List<List<String>> records = CsvTableWriter.records(roles);
		assertEquals(List.of("role", "display name", "headcount", "ramp", "carries quota", "reports to", "plan", "OTE", "mix", "findings"),
				records.get(0));
		assertEquals(List.of("BDR", "Business development representative", "14", "3 months", "no", "Manager", "BDRPlan", "80k", "70/30", ""),
				records.get(5));
		assertFalse(CsvTableWriter.write(roles).contains("Δ"));
		assertEquals(CsvTableWriter.records(Tables.build(TableKind.ROLES, run(TestFiles.example("northwind.sales"), "MoreBdrs").engine(), List.of()))
				.size(), records.size());

		// SVG: the cell is classed changed (and outlined in the diagrams' violet), with its marker; the legend names the scenario.
		Document svg = svg(roles);
		assertEquals(List.of("cell-Northwind.BDR-headcount"), changedGroups(svg));
		assertEquals(List.of("14", "Δ1"), texts(TableDrawingTest.byId(svg, "cell-Northwind.BDR-headcount")));
		assertEquals(List.of("Scenario MoreBdrs: 1 cell changed (Δ: from the engine as written to the scenario)",
				"Δ1 BDR · headcount: BDR.headcount 12 → 14", "Not in this table: BDRPlan.Meetings.quota 260 → 240"),
				texts(TableDrawingTest.byId(svg, "table-scenario")));
		assertTrue(TableDrawing.svg(roles).contains("stroke=\"#7b3fb5\" stroke-width=\"3\""), "the diagrams' changed outline");
	}

	@Test
	void aCellShowsEveryChangeOfWhatItHolds() {
		Path every = TestFiles.root().resolve("bundles/org.salesengine.table.tests/fixtures/every-override.sales");
		// The mix cell "60/40" holds both shares; the OTE cell of AE is AEPlan's.
		Table roles = table(every, "All", TableKind.ROLES);
		assertEquals(List.of("AE · headcount", "AE · ramp", "AE · OTE", "AE · mix"), roles.scenario().cells().stream().map(TableScenario.ChangedCell::where).toList());
		assertEquals(List.of("AEPlan.mixBase 50 → 60", "AEPlan.mixIncentive 50 → 40"), roles.scenario().cell("Every.AE", "mix").orElseThrow().changes());
		assertEquals("60/40", text(roles, "AE", "mix"));
		// A measure's weight in the KPI × plan grid, a KPI's signal and target.
		Table governance = table(every, "All", TableKind.KPI_GOVERNANCE);
		assertEquals(List.of("NewARR · AEPlan: AEPlan.NewARR.weight 100% → 90%", "NewARR · signal: NewARR.signal lagging → leading",
				"NewARR · target: NewARR.target 10M → 11M"),
				governance.scenario().cells().stream().map(cell -> cell.where() + ": " + String.join("; ", cell.changes())).toList());
		// The stages table: only NewBusiness's Lead, though Renewal has a stage Lead too.
		Table stages = table(every, "All", TableKind.STAGES);
		assertEquals(List.of("Lead · conversion: NewBusiness.Lead.conversion 40% → 45%", "Lead · duration: NewBusiness.Lead.duration 10 days → 12 days"),
				stages.scenario().cells().stream().map(cell -> cell.where() + ": " + String.join("; ", cell.changes())).toList());
		assertEquals(List.of("45%", "80%"), stages.rows().stream().map(row -> row.cells().get(3).text()).toList());
	}

	private Table table(Path file, String scenario, TableKind kind) {
		ScenarioEngine run = run(file, scenario);
		return TableScenarios.mark(Tables.build(kind, run.engine(), run.findings()), ScenarioDrawing.marks(run));
	}

	private ScenarioEngine run(Path file, String name) {
		LoadedEngines loaded = Engines.load(loader, file);
		WholeEngine base = loaded.engines().get(0);
		return copies.apply(base, EngineFindings.of(loaded, base), ScenarioCopies.find(base, name), ScenarioCopies.fileNames(loaded));
	}

	private static Document svg(Table table) throws Exception {
		return TableDrawingTest.parse(TableDrawing.svg(table));
	}

	private static List<String> changedGroups(Document svg) {
		List<String> ids = new ArrayList<>();
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (List.of(group.getAttribute("class").split(" ")).contains("changed")) {
				ids.add(group.getAttribute("id"));
			}
		}
		return ids;
	}

	private static List<String> texts(Element group) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = group.getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}
}
