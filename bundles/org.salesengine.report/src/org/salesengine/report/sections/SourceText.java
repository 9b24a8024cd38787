package org.salesengine.report.sections;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.salesengine.dsl.load.LoadedEngines;

/** The text a file was parsed from: its node model holds it whole, including text the parser skipped. */
final class SourceText {
	private SourceText() {
	}

	static String of(LoadedEngines.SourceFile file) {
		if (file.resource().getParseResult() == null) {
			return "";
		}
		ICompositeNode root = file.resource().getParseResult().getRootNode();
		return root == null ? "" : root.getText();
	}
}
