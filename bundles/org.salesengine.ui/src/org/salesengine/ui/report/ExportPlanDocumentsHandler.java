package org.salesengine.ui.report;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;

/** Export Plan Documents…: one page per plan of the file's engine in a folder (salesengine plan-docs). */
public class ExportPlanDocumentsHandler extends ExportHandler {
	@Override
	Job job(Shell shell, IFile file, Path folder) {
		Path target = targets().planFolder(shell, folder);
		if (target == null) {
			return null;
		}
		return exportJob("Exporting plan documents", monitor -> {
			List<Path> written = ReportExport.planDocuments(file, target, monitor);
			return "wrote " + written.size() + (written.size() == 1 ? " plan document" : " plan documents") + " to " + target;
		});
	}
}
