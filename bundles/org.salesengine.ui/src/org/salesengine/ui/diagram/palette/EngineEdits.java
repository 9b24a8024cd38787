package org.salesengine.ui.diagram.palette;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;
import org.salesengine.edit.EngineEditor;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.ProjectFiles;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * Runs an edit operation of the palette, the direct edit or a table on the engine of an editor, as the text is now:
 * the project's .sales files are read from the open editors' documents (saved or not) and, for the others, from disk;
 * the operation is computed off the UI thread (loading and linking the engine takes a moment), and its text edits are
 * applied to the documents on the UI thread, one undoable step per file ({@link DocumentChanges}). The views follow
 * the documents, so the diagram and the tables redraw from the reparsed model.
 */
public final class EngineEdits {
	/** The family of the edit jobs, for tests that wait for them. */
	public static final Object FAMILY = EngineEdits.class;

	private final Consumer<EditResult> status;
	private volatile String lastMessage;

	/** @param status shows the outcome in one line: what the edit did, or why it was refused */
	public EngineEdits(Consumer<EditResult> status) {
		this.status = status;
	}

	/** The message of the last edit: its summary, or why it was refused or could not be applied. */
	public String lastMessage() {
		return lastMessage;
	}

	/**
	 * Computes the operation on the editor's engine and applies it; the future gives the result once the documents
	 * are changed (or the refusal). Call on the UI thread.
	 */
	public CompletableFuture<EditResult> run(SalesEngineEditor editor, EditOperation operation) {
		CompletableFuture<EditResult> done = new CompletableFuture<>();
		IFile file = editor.model().file();
		String engineName = editor.model().read(snapshot -> snapshot.engine() == null ? null : snapshot.engine().getName());
		IWorkbenchPage page = editor.getSite().getPage();
		Display display = editor.getSite().getShell().getDisplay();
		List<Path> paths = new ArrayList<>();
		Map<Path, String> unsaved = new HashMap<>();
		for (IFile sibling : ProjectFiles.salesFiles(file.getProject())) {
			if (sibling.getLocation() == null) {
				continue;
			}
			Path path = sibling.getLocation().toFile().toPath().normalize();
			paths.add(path);
			SalesEngineEditor open = DocumentChanges.openEditorOf(page, sibling);
			if (open != null) {
				unsaved.put(path, open.getDocumentProvider().getDocument(open.getEditorInput()).get());
			}
		}
		Job job = new Job("Editing the engine") {
			@Override
			protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				EditResult result = compute(paths, unsaved, engineName, operation);
				display.asyncExec(() -> {
					done.complete(finish(page, result));
				});
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
		return done;
	}

	/** Loads the engine as the documents hold it and computes the edit; never throws for a bad operation. */
	private static EditResult compute(List<Path> paths, Map<Path, String> unsaved, String engineName, EditOperation operation) {
		try {
			LoadedEngines loaded = SalesEngineUi.get().injector().getInstance(EngineLoader.class).load(paths, unsaved);
			WholeEngine engine = loaded.engines().stream().filter(e -> e.name().equals(engineName)).findFirst().orElse(null);
			if (engine == null) {
				return refused("the text holds no engine " + engineName + " that parses; nothing changed");
			}
			return SalesEngineUi.get().injector().getInstance(EngineEditor.class).apply(engine, operation);
		} catch (SourceFiles.UsageProblem e) {
			return refused(e.getMessage());
		} catch (RuntimeException e) {
			SalesEngineUi.log("the edit " + operation + " failed", e);
			return refused("the edit failed (" + e + "); nothing changed");
		}
	}

	private EditResult finish(IWorkbenchPage page, EditResult result) {
		EditResult shown = result;
		if (result.applied()) {
			String problem = DocumentChanges.apply(page, result.files());
			if (problem != null) {
				shown = refused(problem);
			}
		}
		lastMessage = shown.message();
		status.accept(shown);
		return shown;
	}

	private static EditResult refused(String why) {
		return new EditResult(false, why, List.of(), List.of());
	}
}
