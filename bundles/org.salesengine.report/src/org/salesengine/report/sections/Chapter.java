package org.salesengine.report.sections;

import java.util.Arrays;
import java.util.List;

/**
 * The report's chapters in order, each with the id its section and the table of contents use, and its heading.
 */
public enum Chapter {
	GLANCE("glance", "1. The engine at a glance"),
	CONNECTIONS("connections", "2. How the parts connect"),
	STRATEGY_STRUCTURE("strategy-structure", "3. Strategy → structure"),
	CULTURE("culture", "4. Culture"),
	METRICS_COMPENSATION("metrics-compensation", "5. Metrics and compensation"),
	FINDINGS("findings", "6. All findings"),
	APPENDIX("appendix", "7. Appendix: the engine text"),
	PLANS("plans", "8. Plan documents");

	private final String id;
	private final String heading;

	Chapter(String id, String heading) {
		this.id = id;
		this.heading = heading;
	}

	public String id() {
		return id;
	}

	public String heading() {
		return heading;
	}

	public static List<Chapter> all() {
		return Arrays.asList(values());
	}
}
