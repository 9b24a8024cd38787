package org.salesengine.edit;

import java.util.List;

/** Why an operation cannot be done, said in one line; nothing has been changed. */
final class Refusal extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient List<Breakage> breakages;

	Refusal(String message) {
		this(message, List.of());
	}

	Refusal(String message, List<Breakage> breakages) {
		super(message, null, false, false);
		this.breakages = List.copyOf(breakages);
	}

	List<Breakage> breakages() {
		return breakages;
	}
}
