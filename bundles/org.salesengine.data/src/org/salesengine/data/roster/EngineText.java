package org.salesengine.data.roster;

import org.eclipse.xtext.conversion.IValueConverterService;

/**
 * Names and strings written as the language writes them, through its own value converters: a keyword used as a name
 * gets its ^, quotes and backslashes in a display name are escaped.
 */
final class EngineText {
	private final IValueConverterService converters;

	EngineText(IValueConverterService converters) {
		this.converters = converters;
	}

	String id(String name) {
		return converters.toString(name, "ID");
	}

	String string(String text) {
		return converters.toString(text, "STRING");
	}

	/** {@code Name "Display"} or {@code Name}. */
	String named(String id, String displayName) {
		return id(id) + (displayName == null ? "" : " " + string(displayName));
	}
}
