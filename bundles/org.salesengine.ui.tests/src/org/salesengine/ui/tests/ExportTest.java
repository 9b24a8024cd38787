package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.report.sections.Chapter;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.report.ExportHandler;
import org.salesengine.ui.report.ExportTargets;
import org.salesengine.ui.report.ReportExport;

/** Export Report… and Export Plan Documents…: in the editor's context menu and the File menu, run as a job. */
class ExportTest {
	private static final String REPORT = "org.salesengine.ui.exportReport";
	private static final String PLANS = "org.salesengine.ui.exportPlanDocuments";

	private IProject project;
	@TempDir
	Path out;

	@BeforeEach
	void createProject() throws Exception {
		// Two engines in one project: the export takes the one of the file in the editor.
		project = Ui.project("ExportTest", "acme.sales", TestFiles.exampleText("acme.sales"), "broken.sales",
				TestFiles.exampleText("broken.sales"));
	}

	@AfterEach
	void close() throws Exception {
		ExportHandler.useTargets(null);
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void exportReportWritesTheReportOfTheEditorsEngine() throws Exception {
		Path target = out.resolve("acme-report.html");
		List<String> asked = new ArrayList<>();
		ExportHandler.useTargets(new Answers(target, null, asked));
		Ui.open(project.getFile("acme.sales"));
		run(REPORT);
		assertEquals(List.of("report file, suggested acme-report.html in " + project.getLocation().toFile().toPath()), asked);
		String html = Files.readString(target);
		assertTrue(html.contains("<h1>Acme Analytics EMEA</h1>"), "acme's report, not broken's");
		for (Chapter chapter : Chapter.all()) {
			assertTrue(html.contains("<h2>" + chapter.heading() + "</h2>"), chapter.id());
		}
		assertTrue(html.endsWith("</html>\n"));
	}

	@Test
	void exportPlanDocumentsWritesOnePagePerPlan() throws Exception {
		Path folder = out.resolve("plans");
		ExportHandler.useTargets(new Answers(null, folder, new ArrayList<>()));
		Ui.open(project.getFile("broken.sales"));
		run(PLANS);
		try (var files = Files.list(folder)) {
			assertEquals(List.of("Initech-AEPlan.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertTrue(Files.readString(folder.resolve("Initech-AEPlan.html")).contains("<h1>AE plan (AEPlan)</h1>"));
	}

	@Test
	void cancellingTheDialogWritesNothing() throws Exception {
		ExportHandler.useTargets(new Answers(null, null, new ArrayList<>()));
		Ui.open(project.getFile("acme.sales"));
		run(REPORT);
		try (var files = Files.list(out)) {
			assertEquals(0, files.count());
		}
	}

	@Test
	void theProgressMonitorIsToldEachChapter() throws Exception {
		List<String> tasks = new ArrayList<>();
		ReportExport.report(project.getFile("acme.sales"), out.resolve("r.html"), new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				tasks.add("begin " + name);
			}

			@Override
			public void subTask(String name) {
				tasks.add(name);
			}
		});
		List<String> expected = new ArrayList<>(List.of("begin Exporting the engine report", "Reading and checking the engine"));
		Chapter.all().forEach(chapter -> expected.add(chapter.heading()));
		expected.add("Writing r.html");
		assertEquals(expected, tasks);
	}

	@Test
	void bothCommandsAreInTheEditorsContextMenuAndTheFileMenu() throws Exception {
		// The editor's real context menu, filled as when the user right-clicks: the workbench adds the contributions
		// when the menu is about to show.
		Menu context = Ui.open(project.getFile("acme.sales")).viewer().getTextWidget().getMenu();
		context.notifyListeners(SWT.Show, new Event());
		List<String> labels = Arrays.stream(context.getItems()).map(item -> item.getText().split("\t")[0]).toList();
		context.notifyListeners(SWT.Hide, new Event());
		assertTrue(labels.containsAll(List.of("Format Engine", "Export Report…", "Export Plan Documents…")), "context menu: " + labels);

		// The File menu's contribution as the workbench registered it from plugin.xml (a menu manager of one's own is
		// not filled by the workbench's menu service, so the registry is what can be read here).
		List<String> commands = new ArrayList<>();
		for (IConfigurationElement contribution : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus")) {
			if ("menu:file?after=additions".equals(contribution.getAttribute("locationURI"))) {
				for (IConfigurationElement command : contribution.getChildren("command")) {
					commands.add(command.getAttribute("commandId") + " " + command.getAttribute("label"));
				}
			}
		}
		assertTrue(commands.containsAll(List.of(REPORT + " Export Report…", PLANS + " Export Plan Documents…")), "File menu: " + commands);
	}

	/** Runs the command as the menu does, then waits for its job. */
	private static void run(String command) throws Exception {
		Ui.settle();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		Ui.waitFor("the export job", () -> Job.getJobManager().find(ExportHandler.FAMILY).length == 0);
	}

	/** Answers the dialogs' questions without showing them, and notes what was asked. */
	private record Answers(Path report, Path folder, List<String> asked) implements ExportTargets {
		@Override
		public Path reportFile(Shell shell, Path suggestedFolder, String suggestedName) {
			asked.add("report file, suggested " + suggestedName + " in " + suggestedFolder);
			return report;
		}

		@Override
		public Path planFolder(Shell shell, Path suggestedFolder) {
			asked.add("plan folder in " + suggestedFolder);
			return folder;
		}
	}
}
