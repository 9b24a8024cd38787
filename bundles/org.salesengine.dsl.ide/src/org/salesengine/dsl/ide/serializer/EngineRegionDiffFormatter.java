package org.salesengine.dsl.ide.serializer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionRewriter;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegmentDiff;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.salesengine.dsl.formatting2.EngineFormatting;

/**
 * Formats what the change serializer changed, with the language's own layout settings (Xtext's request has none, so
 * its formatter indents with tabs and writes LF into CRLF files).
 *
 * <p>A deletion joins the white space before the deleted text to the white space after it ({@code members SDR, AE}
 * less {@code SDR,} is {@code members  AE}). Xtext formats that joint, but then keeps only the formatter's
 * replacements that lie inside the changed text, which for a deletion is empty, so the doubled space stays. Here a
 * change's replacements are kept over the white space around it too, and that white space is replaced with the change.
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

	@Override
	protected List<ITextReplacement> mergeReplacements(ITextRegionAccessDiff regions, List<ITextReplacement> replacements) {
		ITextRegionRewriter rewriter = regions.getOriginalTextRegionAccess().getRewriter();
		List<ITextReplacement> result = new ArrayList<>();
		for (ITextSegmentDiff difference : regions.getRegionDifferences()) {
			ITextSegment original = difference.getOriginalRegion();
			ITextSegment modified = difference.getModifiedRegion();
			int start = Math.min(modified.getOffset(), difference.getModifiedFirstRegion().getOffset());
			int end = Math.max(modified.getEndOffset(), difference.getModifiedLastRegion().getEndOffset());
			// The white space around the change is the same in both texts: it stretches the original region alike.
			int before = modified.getOffset() - start;
			int after = end - modified.getEndOffset();
			ITextSegment span = regions.regionForOffset(start, end - start);
			List<ITextReplacement> local = new ArrayList<>();
			for (ITextReplacement replacement : replacements) {
				if (span.contains(replacement)) {
					local.add(replacement);
				}
			}
			String text = local.isEmpty() ? span.getText() : regions.getRewriter().renderToString(span, local);
			result.add(rewriter.createReplacement(original.getOffset() - before, original.getLength() + before + after, text));
		}
		return result;
	}
}
