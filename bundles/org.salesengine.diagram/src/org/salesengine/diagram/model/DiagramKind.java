package org.salesengine.diagram.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The diagrams there are, each with the stable name the command line and file names use. */
public enum DiagramKind {
	ENGINE("engine", "engine map"),
	PIPELINE("pipeline", "sales pipeline"),
	KPIS("kpis", "KPI tree"),
	PAY("pay", "pay plans");

	private final String cliName;
	private final String title;

	DiagramKind(String cliName, String title) {
		this.cliName = cliName;
		this.title = title;
	}

	public String cliName() {
		return cliName;
	}

	public String title() {
		return title;
	}

	/** The kind with this command-line name, or null. */
	public static DiagramKind byCliName(String name) {
		return Arrays.stream(values()).filter(kind -> kind.cliName.equals(name)).findFirst().orElse(null);
	}

	public static String cliNames() {
		return Arrays.stream(values()).map(DiagramKind::cliName).collect(Collectors.joining(", "));
	}
}
