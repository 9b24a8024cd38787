package org.salesengine.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.salesengine.dsl.validation.SectionNames;
import org.salesengine.model.Engine;
import org.salesengine.model.NamedElement;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.Section;

/**
 * The quick fix of misplaced-element: the element's text moves, as written, to the end of its own section in the same
 * file, which is added when the file has none. One edit spans both places, so that undo takes it back in one step.
 */
final class MoveToSection {
	private MoveToSection() {
	}

	static Edit of(NamedElement element, String text) {
		Engine engine = EcoreUtil2.getContainerOfType(element, Engine.class);
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (engine == null || node == null) {
			return null;
		}
		String home = SectionNames.home(element.eClass());
		EClass sectionType = (EClass) SalesEnginePackage.eINSTANCE.getEClassifier(
				Character.toUpperCase(home.charAt(0)) + home.substring(1) + "Section");
		// The element's whole lines when it stands alone on them, else just its text.
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		boolean ownLines = text.substring(lineStart, start).isBlank() && lineEnd >= 0 && text.substring(end, lineEnd).isBlank();
		int cutStart = ownLines ? lineStart : start;
		int cutEnd = ownLines ? lineEnd + 1 : end;
		String moved = text.substring(start, end);

		Section section = engine.getSections().stream().filter(sectionType::isInstance).findFirst().orElse(null);
		int insertAt;
		String inserted;
		if (section != null) {
			ILeafNode close = closingBrace(NodeModelUtils.getNode(section));
			if (close == null) {
				return null;
			}
			String indent = indentOf(text, close.getOffset());
			insertAt = lineStartIfBlank(text, close.getOffset());
			inserted = insertAt == close.getOffset() ? " " + moved + " " : indent + "  " + moved + "\n";
		} else {
			ILeafNode close = closingBrace(NodeModelUtils.getNode(engine));
			if (close == null) {
				return null;
			}
			insertAt = lineStartIfBlank(text, close.getOffset());
			inserted = "  " + home + " {\n    " + moved + "\n  }\n";
		}
		if (insertAt >= cutStart && insertAt <= cutEnd) {
			return null; // nothing sensible to do: the element is its section's last text and would stay in place
		}
		if (insertAt > cutEnd) {
			return new Edit(cutStart, insertAt - cutStart, text.substring(cutEnd, insertAt) + inserted);
		}
		return new Edit(insertAt, cutEnd - insertAt, inserted + text.substring(insertAt, cutStart));
	}

	private static ILeafNode closingBrace(ICompositeNode node) {
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "}".equals(leaf.getText())) {
				close = leaf;
			}
		}
		return close;
	}

	/** The start of the line when only white space precedes the offset on it, else the offset. */
	private static int lineStartIfBlank(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return text.substring(lineStart, offset).isBlank() ? lineStart : offset;
	}

	private static String indentOf(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int i = lineStart;
		while (i < offset && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(lineStart, i);
	}
}
