package org.salesengine.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.salesengine.dsl.formatting2.EngineFormatting;
import org.salesengine.ui.SalesEngineUi;

/** Format (Ctrl+Shift+F): the same formatter as `salesengine format`; a document that does not parse is left alone. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof SalesEngineEditor editor && editor.model() != null) {
			format(editor);
		}
		return null;
	}

	/** Returns whether the document was formatted. */
	public static boolean format(SalesEngineEditor editor) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String text = document.get();
		EngineDocumentModel model = editor.model();
		XtextResource resource = model.parseDetached(text);
		try {
			if (!resource.getErrors().isEmpty()) {
				editor.getEditorSite().getActionBars().getStatusLineManager()
						.setErrorMessage("Not formatted: the file has syntax errors");
				return false;
			}
			String formatted = SalesEngineUi.get().injector().getInstance(EngineFormatting.class).format(resource);
			if (!formatted.equals(text)) {
				int caret = editor.caretOffset();
				document.set(formatted);
				editor.selectAndReveal(Math.min(caret, formatted.length()), 0);
			}
			return true;
		} finally {
			model.dispose(resource);
		}
	}
}
