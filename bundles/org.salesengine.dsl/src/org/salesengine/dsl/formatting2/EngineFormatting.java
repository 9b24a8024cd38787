package org.salesengine.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole parsed file, headless: the entry point for {@code salesengine format} and for tests. Indentation
 * is two spaces; the file's own line separator is kept, so CRLF files stay CRLF.
 */
public class EngineFormatting {
	@Inject
	private Provider<FormatterRequest> requests;
	@Inject
	private Provider<IFormatter2> formatters;
	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	/**
	 * The language's layout settings for a file with this text: two spaces per level, and the file's own line
	 * separator. Shared with the edits of the change serializer, which format only what they change.
	 */
	public static MapBasedPreferenceValues preferences(String text) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
		preferences.put(FormatterPreferenceKeys.indentation, "  ");
		preferences.put(FormatterPreferenceKeys.lineSeparator, text.contains("\r\n") ? "\r\n" : "\n");
		return preferences;
	}

	/** The formatted text of the resource. The resource must have no syntax errors. */
	public String format(XtextResource resource) {
		String text = resource.getParseResult().getRootNode().getText();
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get()
				.setTextRegionAccess(regions)
				.setPreferences(preferences(text))
				.setAllowIdentityEdits(false);
		request.setExceptionHandler(e -> {
			throw new IllegalStateException("formatting failed: " + e.getMessage(), e);
		});
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
