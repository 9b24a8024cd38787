package org.salesengine.dsl.ide.serializer;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.salesengine.dsl.formatting2.EngineFormatting;

/**
 * Formats what the change serializer changed with the language's own layout settings. Xtext's request has none, so
 * its formatter indents with tabs and writes LF into CRLF files.
 */
public class EngineRegionDiffFormatter extends RegionDiffFormatter {
	@Override
	protected FormatterRequest createFormatterRequest(ITextRegionAccessDiff rewritten) {
		FormatterRequest request = super.createFormatterRequest(rewritten);
		String original = rewritten.getOriginalTextRegionAccess().regionForDocument().getText();
		request.setPreferences(EngineFormatting.preferences(original));
		request.setAllowIdentityEdits(false);
		return request;
	}
}
