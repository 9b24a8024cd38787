package org.salesengine.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.salesengine.model.Engine;
import org.salesengine.ui.SalesEngineUi;

import com.google.inject.Injector;

/**
 * The parsed model behind one editor: the document's text in an Xtext resource, in a resource set that also holds
 * the other .sales files of the project as saved, so engines split over files link up while typing. Updated off the
 * UI thread by the reconciler; views (outline, diagram, health) listen for new snapshots.
 */
public final class EngineDocumentModel {

	/**
	 * One parse of the document: the resource and its diagnostics at that moment, and the first place the parser could
	 * not read (null when the whole text parsed), which the live views show while they keep the last complete model.
	 */
	public record Snapshot(XtextResource resource, List<Issue> issues, long stamp, SyntaxError syntaxError) {
		public Engine engine() {
			return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Engine engine) ? null : engine;
		}

		public boolean parsed() {
			return syntaxError == null;
		}
	}

	/** Where the text first fails to parse, 1-based, and what the parser said. */
	public record SyntaxError(int line, int column, String message) {
		/** "7:20" */
		public String position() {
			return line + ":" + column;
		}

		static SyntaxError first(XtextResource resource) {
			if (resource.getParseResult() == null || !resource.getParseResult().hasSyntaxErrors()) {
				return null;
			}
			for (INode error : resource.getParseResult().getSyntaxErrors()) {
				LineAndColumn at = NodeModelUtils.getLineAndColumn(error, error.getOffset());
				return new SyntaxError(at.getLine(), at.getColumn(), error.getSyntaxErrorMessage().getMessage());
			}
			return null;
		}
	}

	private final IFile file;
	private final Injector injector;
	private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
	private XtextResourceSet resourceSet;
	private XtextResource resource;
	private volatile Snapshot latest;
	private long stamp;

	public EngineDocumentModel(IFile file) {
		this.file = file;
		this.injector = SalesEngineUi.get().injector();
	}

	public IFile file() {
		return file;
	}

	/** Parses and validates the text; listeners hear of the new snapshot. Call off the UI thread. */
	public Snapshot update(String text) {
		Snapshot snapshot;
		synchronized (this) {
			if (resource == null) {
				createResourceSet();
			}
			try {
				resource.reparse(text);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
			List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl);
			snapshot = new Snapshot(resource, List.copyOf(issues), ++stamp, SyntaxError.first(resource));
			latest = snapshot;
		}
		for (Consumer<Snapshot> listener : listeners) {
			listener.accept(snapshot);
		}
		return snapshot;
	}

	/** Reads the current model under the model's lock, so a parse cannot change it midway. */
	public synchronized <T> T read(Function<Snapshot, T> reader) {
		return latest == null ? null : reader.apply(latest);
	}

	public Snapshot latest() {
		return latest;
	}

	/** Other files of the project changed on disk: reload them on the next parse. */
	public synchronized void siblingsChanged() {
		resource = null;
		resourceSet = null;
	}

	public void addListener(Consumer<Snapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Snapshot> listener) {
		listeners.remove(listener);
	}

	/** A fresh resource in a fresh set holding the saved siblings; used by content assist on the text being typed. */
	public synchronized XtextResource parseDetached(String text) {
		if (resource == null) {
			createResourceSet();
		}
		XtextResource detached = (XtextResource) injector.getInstance(IResourceFactory.class)
				.createResource(URI.createURI("synthetic:/assist/" + file.getName()));
		resourceSet.getResources().add(detached);
		try {
			detached.reparse(text);
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return detached;
	}

	public synchronized void dispose(XtextResource detached) {
		detached.unload();
		if (resourceSet != null) {
			resourceSet.getResources().remove(detached);
		}
	}

	private void createResourceSet() {
		resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.setClasspathURIContext(getClass().getClassLoader());
		for (IFile sibling : ProjectFiles.salesFiles(file.getProject())) {
			if (!sibling.equals(file)) {
				try {
					Resource other = resourceSet.createResource(ProjectFiles.uri(sibling));
					other.load(sibling.getContents(true), null);
				} catch (java.io.IOException | CoreException | RuntimeException e) {
					// A sibling that cannot be read is reported by the project validator; here it just does not link.
				}
			}
		}
		resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(ProjectFiles.uri(file));
		resourceSet.getResources().add(resource);
	}
}
