package org.salesengine.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineCodeCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;

/**
 * Where comments go. Xtext's defaults rewrite comments (a line comment gets one space after its slashes, the inner
 * lines of a block comment are re-indented) and leave a line comment written in column 0 there; here a comment's text
 * is the author's and is never changed, and a comment on a line of its own is indented like the code it precedes.
 */
final class CommentPlacement {
	private CommentPlacement() {
	}

	/** A replacer that writes the comment as it is and only decides the white space around it. */
	static ITextReplacer keepText(IComment comment, boolean blockComment) {
		if (blockComment) {
			return new MultilineCommentReplacer(comment, '*') {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		return new SinglelineCodeCommentReplacer(comment, "//") {
			@Override
			public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
				// Indented like the code around it, wherever the author wrote it.
			}
		};
	}

	/**
	 * A gap holding comments takes the change of indentation (into a block after its brace, out of it before its
	 * closing brace) at its first white space, so every comment in it is indented like the token that ends the gap.
	 */
	static ITextReplacer indentLikeNextCode(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new HiddenRegionReplacer(region, formatting) {
			@Override
			protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
				IHiddenRegionFormatting first = ((WhitespaceReplacer) replacers.get(0)).getFormatting();
				if (formatting.getIndentationIncrease() != null) {
					first.setIndentationIncrease(formatting.getIndentationIncrease());
				}
				if (formatting.getIndentationDecrease() != null) {
					first.setIndentationDecrease(formatting.getIndentationDecrease());
				}
			}
		};
	}
}
