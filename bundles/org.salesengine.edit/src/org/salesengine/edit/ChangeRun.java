package org.salesengine.edit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Turns a planned change into text edits with Xtext's change serializer: every file of the engine is recorded (so that
 * a change in one file and the references to it in another end up in the same result), the model is changed, and the
 * serializer writes the difference as minimal replacements, formatted where they are.
 *
 * <p>The serializer changes the loaded models in place: after a run, the engine no longer matches its files' text.
 * Callers apply the edits and load the files again.
 */
final class ChangeRun {
	@Inject
	private Provider<IChangeSerializer> serializers;
	@Inject
	private IParser parser;

	List<FileEdit> run(WholeEngine engine, Change change) throws Refusal {
		IChangeSerializer serializer = serializers.get();
		serializer.setUpdateRelatedFiles(false);
		serializer.setUpdateCrossReferences(change.updatesReferences());
		Map<URI, String> texts = new LinkedHashMap<>();
		XtextResource first = null;
		for (Engine fragment : engine.fragments()) {
			XtextResource file = (XtextResource) fragment.eResource();
			texts.put(file.getURI(), file.getParseResult().getRootNode().getText());
			serializer.addModification(file, unchanged -> {
			});
			first = first == null ? file : first;
		}
		change.modifications().addTo(serializer, first);
		List<ITextDocumentChange> documents = new ArrayList<>();
		try {
			serializer.applyModifications(result -> {
				if (result instanceof ITextDocumentChange document) {
					documents.add(document);
				}
			});
		} catch (RuntimeException e) {
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
			throw new Refusal("the change cannot be written as text (" + reason + "); nothing changed");
		}
		List<FileEdit> files = new ArrayList<>();
		for (ITextDocumentChange document : documents) {
			List<TextEdit> edits = new ArrayList<>();
			for (ITextReplacement replacement : document.getReplacements()) {
				if (!replacement.getReplacementText().equals(replacement.getText())) {
					edits.add(new TextEdit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
				}
			}
			String before = texts.get(document.getOldURI());
			if (!edits.isEmpty() && before != null) {
				files.add(new FileEdit(document.getOldURI(), before, edits));
			}
		}
		for (FileEdit file : files) {
			checkStillParses(file);
		}
		return files;
	}

	/** A safety net: an edit never empties a file or breaks its syntax, whatever the serializer wrote. */
	private void checkStillParses(FileEdit file) throws Refusal {
		String after = file.after();
		if (after.isBlank()) {
			throw new Refusal("the change would empty " + file.path() + "; nothing changed");
		}
		IParseResult edited = parser.parse(new StringReader(after));
		if (edited.hasSyntaxErrors() && !parser.parse(new StringReader(file.before())).hasSyntaxErrors()) {
			int line = edited.getSyntaxErrors().iterator().next().getStartLine();
			throw new Refusal("the change would break the syntax of " + file.path() + " at line " + line + "; nothing changed");
		}
	}
}
