package org.salesengine.dsl.parser.recovery;

import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;

/**
 * Text the parser skipped inside a block, up to the next word the block takes (or its closing brace). The token is
 * the first one skipped; the syntax-error messages name the block and what it takes.
 */
public class UnexpectedTextException extends RecognitionException {
	private static final long serialVersionUID = 1L;

	/** Made before anything is consumed, so that it points at the first unexpected token. */
	public UnexpectedTextException(IntStream input) {
		super(input);
	}
}
