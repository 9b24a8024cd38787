package org.salesengine.diagram.model;

import java.util.List;

/**
 * The findings about one diagram element: the worst severity decides the badge, the number links the badge to the
 * findings list under the diagram. {@code badge} is where the badge is drawn, set by the layout.
 */
public record Decoration(Level level, int number, List<String> messages, Bounds badge) {

	public enum Level {
		ERROR("error"), WARNING("warning");

		private final String styleClass;

		Level(String styleClass) {
			this.styleClass = styleClass;
		}

		public String styleClass() {
			return styleClass;
		}
	}

	public Decoration {
		messages = List.copyOf(messages);
	}

	public Decoration at(Bounds where) {
		return new Decoration(level, number, messages, where);
	}
}
