package org.salesengine.lsp;

import java.util.List;

import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.salesengine.dsl.ide.highlighting.PillarHighlighting;

/**
 * Semantic tokens by pillar, as the workbench colours names: Xtext sends only the positions whose style is one of the
 * legend's token types, and the pillars ({@link PillarHighlighting}'s strategy, structure, culture, compensation) are
 * none of LSP's standard types, so without them every position was dropped. They are added to the legend as token
 * types of their own; the declaration of a name carries LSP's standard {@code declaration} modifier.
 */
public class PillarSemanticTokens extends SemanticTokensService {
	/** The pillar token types, in the order of the legend after LSP's standard ones. */
	public static final List<String> PILLARS = List.of(PillarHighlighting.STRATEGY, PillarHighlighting.STRUCTURE,
			PillarHighlighting.CULTURE, PillarHighlighting.COMPENSATION);

	public PillarSemanticTokens() {
		super();
	}

	@Override
	protected void addTokenTypes() {
		super.addTokenTypes();
		getTokenTypes().addAll(PILLARS);
	}
}
