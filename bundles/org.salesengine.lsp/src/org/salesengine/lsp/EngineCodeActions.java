package org.salesengine.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.salesengine.dsl.ide.quickfix.Edit;
import org.salesengine.dsl.ide.quickfix.EngineFixes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

/** Code actions: the workbench's quick fixes ({@link EngineFixes}) for the diagnostics the client sends back. */
public class EngineCodeActions implements ICodeActionService2 {

	@Inject
	private EngineFixes fixes;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		// Xtext hands the service no document: it reads the file's current text (the editor's, when open) itself.
		Document document = options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> context.getDocument());
		if (document == null) {
			return List.of();
		}
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			if (diagnostic.getCode() == null || diagnostic.getCode().getLeft() == null) {
				continue;
			}
			int start = document.getOffSet(diagnostic.getRange().getStart());
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			for (EngineFixes.Fix fix : fixes.fixes(diagnostic.getCode().getLeft(), data(diagnostic.getData()), start, end)) {
				Edit edit = fix.edit().apply(document.getContents());
				if (edit == null) {
					continue;
				}
				CodeAction action = new CodeAction(fix.label());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				Range range = new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length()));
				action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(new TextEdit(range, edit.text())))));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}

	/** The issue data as the server sent it (a string array), read back from the client's JSON. */
	private static String[] data(Object data) {
		if (data instanceof String[] strings) {
			return strings;
		}
		if (data instanceof JsonArray array) {
			List<String> strings = new ArrayList<>();
			for (JsonElement element : array) {
				strings.add(element.isJsonNull() ? null : element.getAsString());
			}
			return strings.toArray(String[]::new);
		}
		return new String[0];
	}
}
