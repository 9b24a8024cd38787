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
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
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
	@Inject
	private IResourceScopeCache scopeCache;

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
		// Every file's scope was worked out (and cached) with the names as they were read, and the loader's index holds
		// them too. The serializer writes a reference by asking the scope for the element's name: with the old scopes, a
		// renamed element's references in other files kept the old name. After the change, they are worked out anew.
		org.eclipse.emf.ecore.resource.ResourceSet loaded = first.getResourceSet();
		loaded.eAdapters().removeIf(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance);
		serializer.addModification(first, changed -> forgetScopes(loaded));
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
					edits.add(new TextEdit(replacement.getOffset(), replacement.getLength(),
							blankLineAfterInsertion(replacement.getText(), replacement.getReplacementText())));
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

	private void forgetScopes(org.eclipse.emf.ecore.resource.ResourceSet files) {
		if (scopeCache instanceof OnChangeEvictingCache evicting) {
			files.getResources().forEach(evicting::clear);
		}
	}

	/**
	 * An element inserted where the author left a blank line (after the last role, before the teams) keeps that blank
	 * line after it, between it and what follows. The serializer replaces the white space between the two elements
	 * (and the next keyword) with the original white space, the new element and the formatter's white space, which
	 * would move the blank line above the new role, away from the teams it separates. Here the two are swapped.
	 */
	static String blankLineAfterInsertion(String original, String replacement) {
		int gapEnd = 0;
		while (gapEnd < original.length() && Character.isWhitespace(original.charAt(gapEnd))) {
			gapEnd++;
		}
		String gap = original.substring(0, gapEnd);
		String rest = original.substring(gapEnd);
		if (gap.indexOf('\n') == gap.lastIndexOf('\n') || !replacement.startsWith(gap) || !replacement.endsWith(rest)
				|| replacement.length() < original.length()) {
			return replacement;
		}
		String inserted = replacement.substring(gap.length(), replacement.length() - rest.length());
		int end = inserted.length();
		while (end > 0 && Character.isWhitespace(inserted.charAt(end - 1))) {
			end--;
		}
		String trailing = inserted.substring(end);
		if (end == 0 || trailing.indexOf('\n') < 0 || trailing.indexOf('\n') != trailing.lastIndexOf('\n')) {
			return replacement;
		}
		return trailing + inserted.substring(0, end) + gap + rest;
	}

	/** A safety net: an edit never empties a file or breaks its syntax, whatever the serializer wrote. */
	private void checkStillParses(FileEdit file) throws Refusal {
		String after;
		try {
			after = file.after();
		} catch (IllegalArgumentException overlapping) {
			// Seen when a block written on one line gets several elements replaced at once (a scenario's sets).
			throw new Refusal("the change cannot be written as text (the serializer's replacements in " + file.path()
					+ " overlap); nothing changed");
		}
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
