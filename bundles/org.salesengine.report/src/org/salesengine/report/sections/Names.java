package org.salesengine.report.sections;

import java.util.Collection;
import java.util.stream.Collectors;

import org.salesengine.diagram.build.Values;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.WholeEngine;

/** How the report names elements: by the name the engine's text uses, with the display name where it helps. */
public final class Names {
	private Names() {
	}

	/** "AE". */
	public static String of(NamedElement element) {
		return element == null || !WholeEngine.resolved(element) ? Values.UNNAMED : Values.name(element);
	}

	/** "AE (Account executive)", or "AE" when the element has no display name. */
	public static String described(NamedElement element) {
		String name = of(element);
		String display = element == null ? null : element.getDisplayName();
		return display == null || display.isBlank() || display.equals(name) ? name : name + " (" + display + ")";
	}

	/** "AE, AM", or "-" for none. */
	public static String list(Collection<? extends NamedElement> elements) {
		return elements.isEmpty() ? "-" : elements.stream().map(Names::of).collect(Collectors.joining(", "));
	}

	/** The text, or "-" when there is none. */
	public static String orDash(String text) {
		return text == null || text.isEmpty() ? "-" : text;
	}

	/** The text with its first letter capitalized, to open a sentence with a phrase written for a legend. */
	public static String sentence(String text) {
		return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
