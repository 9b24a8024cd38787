package org.salesengine.ui.report;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;

/** Export Report…: the engine report of the file's engine, one self-contained HTML file (salesengine report). */
public class ExportReportHandler extends ExportHandler {
	@Override
	Job job(Shell shell, IFile file, Path folder) {
		Path target = targets().reportFile(shell, folder, ReportExport.suggestedReportName(file));
		if (target == null) {
			return null;
		}
		return exportJob("Exporting the engine report", monitor -> {
			ReportExport.report(file, target, monitor);
			return "wrote " + target;
		});
	}
}
