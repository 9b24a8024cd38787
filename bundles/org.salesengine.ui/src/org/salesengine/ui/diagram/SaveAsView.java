package org.salesengine.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.model.Engine;
import org.salesengine.model.NamedElement;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.ViewsSection;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.model.engine.WholeEngine;

/**
 * "Save as view...": the text that adds the view on show to the engine's views section, as one insertion into the
 * editor's document. Nothing else in the file changes, so comments and layout stay byte-identical, and the editor
 * undoes it in one step. The view goes at the end of the file's last views section; a file without one gets a new
 * section after its last. Both are written one property per line, indented two spaces per level, which is what the
 * formatter keeps.
 */
final class SaveAsView {
	/** Where to insert, and what. */
	record Insertion(int offset, String text) {
	}

	private SaveAsView() {
	}

	/**
	 * @param fragment the editor's part of the engine (parsed from {@code document})
	 * @param whole    the whole engine, to tell which stage names need their process
	 */
	static Insertion of(Engine fragment, WholeEngine whole, String document, ViewSettings settings, String name, String title) {
		List<ViewsSection> sections = EngineSections.of(fragment, ViewsSection.class);
		if (!sections.isEmpty()) {
			ICompositeNode section = NodeModelUtils.getNode(sections.get(sections.size() - 1));
			int closing = lastBrace(document, section.getOffset() + section.getLength());
			String indent = indentOfLine(document, closing);
			int lineStart = lineStart(document, closing);
			boolean braceAlone = document.substring(lineStart, closing).isBlank();
			String view = view(settings, name, title, whole, indent + "  ");
			return braceAlone ? new Insertion(lineStart, view) : new Insertion(closing, "\n" + view + indent);
		}
		ICompositeNode engine = NodeModelUtils.getNode(fragment);
		int closing = lastBrace(document, engine.getOffset() + engine.getLength());
		String indent = indentOfLine(document, closing) + "  ";
		String block = indent + "views {\n" + view(settings, name, title, whole, indent + "  ") + indent + "}\n";
		int lineStart = lineStart(document, closing);
		if (document.substring(lineStart, closing).isBlank()) {
			return new Insertion(lineStart, "\n" + block);
		}
		return new Insertion(closing, "\n\n" + block);
	}

	/** {@code view Name "title" {} } with one property per line, each line ending in a line break. */
	static String view(ViewSettings settings, String name, String title, WholeEngine whole, String indent) {
		List<String> lines = new ArrayList<>();
		lines.add("diagram " + settings.representation());
		if (!settings.focus().isEmpty()) {
			lines.add("focus " + settings.focus().stream().filter(NamedElement.class::isInstance).map(e -> written(e, whole))
					.collect(Collectors.joining(", ")) + " depth " + settings.depth());
		}
		if (!settings.layers().isEmpty() && !settings.layers().containsAll(ViewWords.LAYERS)) {
			lines.add("show " + ViewWords.LAYERS.stream().filter(settings.layers()::contains).collect(Collectors.joining(", ")));
		}
		if (!settings.hidden().isEmpty()) {
			lines.add("hide " + ViewWords.KINDS.stream().filter(settings.hidden()::contains).collect(Collectors.joining(", ")));
		}
		if (!ViewWords.DEFAULT_COLOR_BY.equals(settings.colorBy())) {
			lines.add("color by " + settings.colorBy());
		}
		StringBuilder text = new StringBuilder(indent).append("view ").append(name);
		if (title != null && !title.isBlank()) {
			text.append(" \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		text.append(" {\n");
		lines.forEach(line -> text.append(indent).append("  ").append(line).append('\n'));
		return text.append(indent).append("}\n").toString();
	}

	/** A stage by its plain name where that is unique in the engine, else as Process.Stage; anything else by its name. */
	private static String written(EObject element, WholeEngine whole) {
		NamedElement named = (NamedElement) element;
		if (named instanceof Stage stage && stage.eContainer() instanceof SalesProcess process) {
			long same = whole.processes().stream().flatMap(p -> p.getStages().stream()).filter(s -> stage.getName().equals(s.getName())).count();
			return same > 1 ? process.getName() + "." + stage.getName() : stage.getName();
		}
		return named.getName();
	}

	/** True when the name can be a view's name: a name of the language (letters, digits, underscores). */
	static boolean isName(String name) {
		return name != null && name.matches("[\\p{L}_][\\p{L}\\p{N}_]*");
	}

	private static int lastBrace(String document, int end) {
		int brace = document.lastIndexOf('}', end - 1);
		if (brace < 0) {
			throw new IllegalStateException("no closing brace before offset " + end);
		}
		return brace;
	}

	private static int lineStart(String document, int offset) {
		return document.lastIndexOf('\n', offset - 1) + 1;
	}

	private static String indentOfLine(String document, int offset) {
		int start = lineStart(document, offset);
		int end = start;
		while (end < document.length() && (document.charAt(end) == ' ' || document.charAt(end) == '\t')) {
			end++;
		}
		return document.substring(start, end);
	}
}
