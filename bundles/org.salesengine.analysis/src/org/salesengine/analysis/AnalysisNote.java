package org.salesengine.analysis;

/**
 * A figure the analysis could not compute, and why: "process Enterprise2 is not sized: it produces no KPI". Engines
 * with validator errors are still analysed; whatever the numbers do not allow is skipped with a note instead.
 *
 * @param topic   the part of the analysis that skipped it
 * @param element id of the element concerned ({@code Engine.Element}), or empty
 * @param reason  one sentence, in the domain's words
 */
public record AnalysisNote(Topic topic, String element, String reason) {

	public enum Topic {
		FUNNEL("funnel"), CAPACITY("capacity"), PAY("pay"), SIMULATION("simulation");

		private final String label;

		Topic(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
