package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/** {@code salesengine views} and {@code render --view} and the ad hoc view options of render. */
class ViewsCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	@TempDir
	Path temp;

	private static CliRun run(String... args) {
		return SALESENGINE.run(args);
	}

	private static CliRun render(String... args) {
		return SALESENGINE.run(Stream.concat(Stream.of("render"), Stream.of(args)).toArray(String[]::new));
	}

	@Test
	void viewsListsTheSavedViewsOfNorthwind() {
		CliRun views = run("views", TestFiles.example("northwind.sales").toString());
		assertEquals(0, views.exitCode(), views.err());
		assertEquals("""
				Northwind: 5 saved views
				  view           representation  title                                                           shows
				  AeLineOfSight  engine          What an account executive is asked, measured and paid on        focus AE, depth 2 · shows structure, culture, metrics, compensation · hides team · coloured by severity
				  ManagerFloor   engine          Teams, processes, behaviors and rituals for the sales managers  shows structure, culture · coloured by health
				  PayOnly        pay             Pay lines of the quota carriers                                 focus AEPlan, AMPlan, depth 1
				  Signals        kpis            Leading and lagging KPIs                                        coloured by signal
				  Alignment      alignment       Objectives against KPIs                                         everything
				""", views.out());
		CliRun none = run("views", TestFiles.example("acme.sales").toString());
		assertEquals("AcmeEmea: no saved views\n", none.out());
	}

	@Test
	void renderWritesASavedViewDiagramOrTableNamedByEngineAndView() throws Exception {
		CliRun view = render(TestFiles.example("northwind.sales").toString(), "--view", "AeLineOfSight", "-o", temp.toString());
		assertEquals(0, view.exitCode(), view.err());
		assertEquals(List.of("Northwind-AeLineOfSight.svg"), files());
		String svg = Files.readString(temp.resolve("Northwind-AeLineOfSight.svg"));
		assertTrue(svg.contains("class=\"header view view-AeLineOfSight color-by-severity\""), svg);
		assertTrue(svg.contains("focus AE, depth 2 · shows structure, culture, metrics, compensation · hides team"), svg);

		CliRun table = render(TestFiles.example("northwind.sales").toString(), "--view", "Alignment", "--format", "png", "-o", temp.toString());
		assertEquals(0, table.exitCode(), table.err());
		assertTrue(Files.size(temp.resolve("Northwind-Alignment.png")) > 1000);
	}

	@Test
	void renderAllAlsoWritesEverySavedView() throws Exception {
		CliRun all = render(TestFiles.example("northwind.sales").toString(), "--diagram", "all", "-o", temp.toString());
		assertEquals(0, all.exitCode(), all.err());
		assertEquals(List.of("Northwind-AeLineOfSight.svg", "Northwind-Alignment.svg", "Northwind-ManagerFloor.svg", "Northwind-PayOnly.svg",
				"Northwind-Signals.svg", "Northwind-engine.svg", "Northwind-kpis.svg", "Northwind-pay.svg", "Northwind-pipeline.svg"), files());
	}

	/** The options make a view on the spot; acme's AE at depth 2 leaves out 17 of 31 elements (see ViewsTest). */
	@Test
	void renderTakesTheViewOptionsAdHoc() throws Exception {
		CliRun run = render(TestFiles.example("acme.sales").toString(), "--diagram", "engine", "--focus", "AE", "--depth", "2",
				"--color-by", "signal", "-o", temp.toString());
		assertEquals(0, run.exitCode(), run.err());
		String svg = Files.readString(temp.resolve("AcmeEmea-engine.svg"));
		assertTrue(svg.contains(">leaves out 17 elements: 17 beyond depth 2<"), svg);
		assertTrue(svg.contains("class=\"header color-by-signal\""), svg);

		CliRun table = render(TestFiles.example("acme.sales").toString(), "--diagram", "kpi-table", "--hide", "kpi", "-o", temp.toString());
		assertEquals(0, table.exitCode(), table.err());
		assertTrue(Files.readString(temp.resolve("AcmeEmea-kpi-table.svg")).contains("leaves out 10 elements: 10 of hidden kinds"));
	}

	@Test
	void badNamesAreOneLineWithDidYouMeanAndExitTwo() {
		String northwind = TestFiles.example("northwind.sales").toString();
		String acme = TestFiles.example("acme.sales").toString();
		assertProblem(render(northwind, "--view", "AeLineOfSigth", "-o", temp.toString()),
				"salesengine: no saved view 'AeLineOfSigth' (did you mean 'AeLineOfSight'?); the views are AeLineOfSight, ManagerFloor, PayOnly, Signals, Alignment\n");
		assertProblem(render(acme, "--focus", "AEE", "-o", temp.toString()),
				"salesengine: no element 'AEE' in engine AcmeEmea (did you mean 'AE'?)\n");
		assertProblem(render(acme, "--show", "strategi", "-o", temp.toString()),
				"salesengine: unknown layer 'strategi' (did you mean 'strategy'?); choose from strategy, structure, culture, metrics, compensation\n");
		assertProblem(render(acme, "--hide", "teams", "-o", temp.toString()),
				"salesengine: unknown kind of element 'teams' (did you mean 'team'?); choose from objective, segment, role, team, process, stage, outcome, behavior, ritual, kpi, plan, measure, spif\n");
		assertProblem(render(acme, "--color-by", "severty", "-o", temp.toString()),
				"salesengine: unknown coloring 'severty' (did you mean 'severity'?); choose from pillar, severity, signal, health\n");
		assertProblem(render(acme, "--diagram", "kpis-table", "-o", temp.toString()),
				"salesengine: unknown diagram 'kpis-table' (did you mean 'kpi-table'?); choose one of engine, pipeline, kpis, pay, all, or a table: alignment, kpi-governance, accountability, roles, kpi-table, stages\n");
		assertProblem(render(acme, "--focus", "AE", "--depth", "9", "-o", temp.toString()), "salesengine: --depth 9 is outside 0 to 5\n");
		assertProblem(render(acme, "--focus", "Lead", "-o", temp.toString()), null);
	}

	/**
	 * The pictures of northwind's views in docs/views.md are what `render --view` writes today; regenerate them with
	 * {@code ./salesengine render examples/northwind.sales --view NAME -o docs/views}.
	 */
	@Test
	void thePicturesInTheDocsAreCurrent() throws Exception {
		String doc = TestFiles.read(TestFiles.root().resolve("docs/views.md"));
		for (String name : List.of("AeLineOfSight", "ManagerFloor", "PayOnly", "Signals", "Alignment")) {
			String file = "Northwind-" + name + ".svg";
			assertTrue(doc.contains("](views/" + file + ")"), file + " is shown");
			CliRun view = render(TestFiles.example("northwind.sales").toString(), "--view", name, "-o", temp.toString());
			assertEquals(0, view.exitCode(), view.err());
			assertEquals(TestFiles.read(TestFiles.root().resolve("docs/views").resolve(file)), Files.readString(temp.resolve(file)),
					file + " is stale");
		}
	}

	private static void assertProblem(CliRun run, String err) {
		if (err == null) {
			assertEquals(0, run.exitCode(), run.err());
			return;
		}
		assertEquals(2, run.exitCode(), run.err());
		assertEquals(err, run.err());
	}

	private List<String> files() throws Exception {
		try (Stream<Path> list = Files.list(temp)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
