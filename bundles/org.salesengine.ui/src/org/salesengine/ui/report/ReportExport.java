package org.salesengine.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.report.EngineReport;
import org.salesengine.report.PlanPages;
import org.salesengine.report.ReportInput;
import org.salesengine.report.sections.Chapter;
import org.salesengine.ui.SalesEngineUi;

/**
 * Writes the report or the plan documents of the engine a file belongs to, as {@code salesengine report} and
 * {@code plan-docs} do: from the files as saved in the file's project, which may hold other engines too. No SWT: the
 * handlers run this in a job.
 */
public final class ReportExport {
	private ReportExport() {
	}

	/** Thrown when the file's engine cannot be read; the message is one sentence for the user. */
	public static final class ExportProblem extends Exception {
		private static final long serialVersionUID = 1L;

		ExportProblem(String message) {
			super(message);
		}
	}

	/** The engine report of the file's engine, written whole to {@code target}. */
	public static void report(IFile file, Path target, IProgressMonitor monitor) throws ExportProblem, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting the engine report", Chapter.values().length + 3);
		progress.subTask("Reading and checking the engine");
		ReportInput input = input(file, progress.split(2));
		String html = EngineReport.html(input, chapter -> {
			progress.subTask(chapter.heading());
			progress.split(1);
		});
		progress.subTask("Writing " + target.getFileName());
		AtomicFiles.write(target, html);
		progress.done();
	}

	/** One page per plan of the file's engine in {@code folder}; the files written, in plan order. */
	public static List<Path> planDocuments(IFile file, Path folder, IProgressMonitor monitor) throws ExportProblem, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting plan documents", 4);
		progress.subTask("Reading and checking the engine");
		ReportInput input = input(file, progress.split(2));
		Map<String, String> pages = PlanPages.of(input);
		if (pages.isEmpty()) {
			throw new ExportProblem("engine " + input.engine().name() + " has no plan");
		}
		progress.split(1);
		java.nio.file.Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			Path target = folder.resolve(page.getKey());
			AtomicFiles.write(target, page.getValue());
			written.add(target);
		}
		progress.done();
		return written;
	}

	/** The file's engine with every file of its project, checked and analysed for the report. */
	static ReportInput input(IFile file, IProgressMonitor monitor) throws ExportProblem {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (file.getProject() == null || file.getProject().getLocation() == null || file.getLocation() == null) {
			throw new ExportProblem(file.getName() + " is not a file on disk");
		}
		EngineLoader loader = SalesEngineUi.get().injector().getInstance(EngineLoader.class);
		LoadedEngines loaded;
		try {
			loaded = loader.load(List.of(file.getProject().getLocation().toFile().toPath()));
		} catch (SourceFiles.UsageProblem e) {
			throw new ExportProblem(e.getMessage());
		}
		Path own = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
		for (LoadedEngines.SourceFile source : loaded.sources()) {
			if (source.path().toAbsolutePath().normalize().equals(own) && source.engine() != null && source.engine().getName() != null) {
				String name = source.engine().getName();
				WholeEngine engine = loaded.engines().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
				return ReportInput.of(loaded, engine);
			}
		}
		throw new ExportProblem(file.getName() + " holds no engine that can be read (save it, and see the Problems view)");
	}

	/** "AcmeEmea-report.html", from the file's name: what the save dialog proposes. */
	public static String suggestedReportName(IFile file) {
		String name = file.getName();
		int dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name) + "-report.html";
	}
}
