package org.salesengine.ui.editor;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the active engine editor of a workbench page on behalf of a view (the diagram, the engine health): tells
 * the view when another editor becomes the one to show, and whenever that editor's document has been re-parsed.
 */
public final class ActiveEngineEditor implements IPartListener2 {

	/** What a view does when the followed editor changes or re-parses. */
	public interface Follower {
		/** @param previous the editor followed until now, or null; @param current the editor to follow, or null */
		void editorChanged(SalesEngineEditor previous, SalesEngineEditor current);

		void reparsed();
	}

	private final IWorkbenchPage page;
	private final Follower follower;
	private final Consumer<EngineDocumentModel.Snapshot> onReparse;
	private SalesEngineEditor editor;

	public ActiveEngineEditor(IWorkbenchPage page, Follower follower) {
		this.page = page;
		this.follower = follower;
		this.onReparse = snapshot -> follower.reparsed();
	}

	/** Starts following: the page's active editor, if it is an engine editor, at once. */
	public void start() {
		page.addPartListener(this);
		if (page.getActiveEditor() instanceof SalesEngineEditor active) {
			follow(active);
		}
	}

	public void dispose() {
		page.removePartListener(this);
		follow(null);
	}

	public SalesEngineEditor editor() {
		return editor;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof SalesEngineEditor activated) {
			follow(activated);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == editor) {
			follow(null);
		}
	}

	private void follow(SalesEngineEditor next) {
		if (next == editor || (next != null && next.model() == null)) {
			return;
		}
		SalesEngineEditor previous = editor;
		if (previous != null) {
			previous.model().removeListener(onReparse);
		}
		editor = next;
		if (next != null) {
			next.model().addListener(onReparse);
		}
		follower.editorChanged(previous, next);
	}
}
