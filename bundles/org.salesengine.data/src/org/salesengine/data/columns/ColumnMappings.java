package org.salesengine.data.columns;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A mapping file: Java properties, one {@code key = Header text} a line, for sheets whose columns have other names
 * ({@code headcount = Anzahl}). Stage names of a CRM export are mapped the same way: {@code stage.Qualification = Lead}.
 */
public final class ColumnMappings {
	public static final String STAGE_PREFIX = "stage.";

	private ColumnMappings() {
	}

	/** The mapping, or a one-line problem naming the file; an unknown key is a problem too, as a typo would be silent. */
	public static Map<String, String> read(Path file, ColumnName[] names, boolean stagesAllowed) throws MappingProblem {
		if (file == null) {
			return Map.of();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			throw new MappingProblem(file + ": cannot read the mapping file (" + e.getMessage() + ")");
		}
		Map<String, String> mapping = new LinkedHashMap<>();
		for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
			boolean known = Arrays.stream(names).anyMatch(n -> n.key().equals(key))
					|| stagesAllowed && (key.startsWith(STAGE_PREFIX) || key.equals("date-format"));
			if (!known) {
				throw new MappingProblem(file + ": unknown key '" + key + "': expected one of "
						+ Arrays.stream(names).map(ColumnName::key).collect(Collectors.joining(", "))
						+ (stagesAllowed ? ", date-format, or stage.NAME" : ""));
			}
			mapping.put(key, properties.getProperty(key).strip());
		}
		return mapping;
	}

	/** A mapping file that cannot be used; the message is one line. */
	public static final class MappingProblem extends Exception {
		private static final long serialVersionUID = 1L;

		public MappingProblem(String message) {
			super(message);
		}
	}
}
