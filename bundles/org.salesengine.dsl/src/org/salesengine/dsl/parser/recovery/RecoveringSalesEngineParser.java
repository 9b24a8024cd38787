package org.salesengine.dsl.parser.recovery;

import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.salesengine.dsl.parser.antlr.SalesEngineParser;
import org.salesengine.dsl.parser.antlr.internal.InternalSalesEngineParser;

/** The language's parser, with {@link BlockRecoveringParser}'s recovery. Bound in the runtime module. */
public class RecoveringSalesEngineParser extends SalesEngineParser {
	@Override
	protected InternalSalesEngineParser createParser(XtextTokenStream stream) {
		return new BlockRecoveringParser(stream, getGrammarAccess());
	}
}
