package org.salesengine.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesengine.dsl.load.AtomicFiles;

/**
 * Writes reports and plan documents to disk, each file whole ({@link AtomicFiles}: a temporary file renamed over the
 * target), so a reader never opens half a report.
 */
public final class ReportFiles {
	private ReportFiles() {
	}

	/** Writes the report; the folder it goes to must exist. */
	public static void writeReport(ReportInput input, Path file) throws IOException {
		AtomicFiles.write(file, EngineReport.html(input));
	}

	/** Writes one page per plan into the folder (created if missing); returns the files written, in plan order. */
	public static List<Path> writePlanDocuments(ReportInput input, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, String> page : PlanPages.of(input).entrySet()) {
			Path file = folder.resolve(page.getKey());
			AtomicFiles.write(file, page.getValue());
			written.add(file);
		}
		return written;
	}
}
