package org.salesengine.report.advice;

/**
 * A pillar's maturity level, 1 to 4, from its health score (100 × 100 ÷ (100 + penalty); an error costs 20, a
 * warning 5, doubled on the priority-1 objective). The bands are set on what a pillar can still carry:
 * <table>
 * <caption>maturity by score</caption>
 * <tr><th>score</th><th>level</th><th>penalty</th><th>for instance</th></tr>
 * <tr><td>90 to 100</td><td>4 aligned</td><td>at most 11.1</td><td>no finding, or two warnings</td></tr>
 * <tr><td>70 to 89</td><td>3 defined</td><td>11.2 to 42.9</td><td>up to two errors, or eight warnings</td></tr>
 * <tr><td>50 to 69</td><td>2 emerging</td><td>43 to 100</td><td>up to five errors</td></tr>
 * <tr><td>below 50</td><td>1 ad hoc</td><td>above 100</td><td>more than five errors' worth</td></tr>
 * </table>
 * docs/report.md shows the same table; a test keeps the two in step.
 */
public enum Maturity {
	AD_HOC(1, "ad hoc", 0, "the part is written down but does not hold together: errors make its figures unreliable"),
	EMERGING(2, "emerging", 50, "the part exists but has gaps a reviewer would stop at"),
	DEFINED(3, "defined", 70, "the part is designed; a few findings remain against practice"),
	ALIGNED(4, "aligned", 90, "the part is complete and lines up with the others");

	private final int level;
	private final String label;
	private final int lowestScore;
	private final String meaning;

	Maturity(int level, String label, int lowestScore, String meaning) {
		this.level = level;
		this.label = label;
		this.lowestScore = lowestScore;
		this.meaning = meaning;
	}

	public static Maturity of(int score) {
		Maturity result = AD_HOC;
		for (Maturity maturity : values()) {
			if (score >= maturity.lowestScore) {
				result = maturity;
			}
		}
		return result;
	}

	public int level() {
		return level;
	}

	public String label() {
		return label;
	}

	public int lowestScore() {
		return lowestScore;
	}

	/** The highest score of the band: the next band's lowest score − 1, or 100. */
	public int highestScore() {
		return ordinal() + 1 < values().length ? values()[ordinal() + 1].lowestScore - 1 : 100;
	}

	public String meaning() {
		return meaning;
	}

	/** "3 defined". */
	public String title() {
		return level + " " + label;
	}

	/** The mapping as the Markdown table of docs/report.md. */
	public static String markdownTable() {
		StringBuilder table = new StringBuilder("| score | level | what it means |\n|---|---|---|\n");
		for (int i = values().length - 1; i >= 0; i--) {
			Maturity maturity = values()[i];
			String range = maturity.lowestScore == 0 ? "below " + values()[1].lowestScore
					: maturity.lowestScore + " to " + maturity.highestScore();
			table.append("| ").append(range).append(" | ").append(maturity.title()).append(" | ").append(maturity.meaning)
					.append(" |\n");
		}
		return table.toString();
	}
}
