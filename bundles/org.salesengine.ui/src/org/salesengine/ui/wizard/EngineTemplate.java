package org.salesengine.ui.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A starting point for a new engine: a realistic design that is clean under every rule. */
public record EngineTemplate(String id, String label, String description) {

	public static final List<EngineTemplate> ALL = List.of(
			new EngineTemplate("saas-land-and-expand", "SaaS land-and-expand",
					"SDRs book meetings, account executives land mid-market logos, account managers expand them and "
							+ "customer success keeps them renewing."),
			new EngineTemplate("enterprise-field-sales", "Enterprise field sales",
					"Long, multi-threaded deals with solutions engineers; global account managers grow the largest "
							+ "customers; quarterly account planning."),
			new EngineTemplate("inside-sales-smb", "Inside sales / SMB",
					"High volume and short cycles: BDRs connect, inside account executives demo and close in weeks, a "
							+ "retention desk saves at-risk customers."));

	/** The template's text for an engine of this name and display name. */
	public String render(String engineName, String displayName) throws IOException {
		try (InputStream in = EngineTemplate.class.getResourceAsStream("/templates/" + id + ".sales")) {
			if (in == null) {
				throw new IOException("template " + id + " is missing from the plug-in");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8)
					.replace("${engine}", engineName)
					.replace("${display}", displayName.replace("\"", "'"));
		}
	}

	/** A valid engine name from a file name: "acme emea-2027.sales" becomes "AcmeEmea2027". */
	public static String engineNameFor(String fileName) {
		String base = fileName.endsWith(".sales") ? fileName.substring(0, fileName.length() - 6) : fileName;
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (int i = 0; i < base.length(); i++) {
			char c = base.charAt(i);
			if (Character.isLetterOrDigit(c) || c == '_') {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
			name.insert(0, "Engine");
		}
		return name.toString();
	}
}
