package org.salesengine.analysis;

import org.salesengine.model.engine.Amounts;

/**
 * Volumes as the analysis writes them: whole numbers without decimals (1,800), others with exactly two (3,703.70),
 * so that a column of stage volumes lines up and reads like the spreadsheet it replaces. Amounts and percentages use
 * {@link Amounts}.
 */
public final class Figures {
	private Figures() {
	}

	public static String volume(double value) {
		return Amounts.volume(value);
	}
}
