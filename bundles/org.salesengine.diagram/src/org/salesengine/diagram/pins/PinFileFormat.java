package org.salesengine.diagram.pins;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.Point;

/**
 * The pin file as text: made to diff well in git. A header comment says what the file is; then one block per view,
 * in name order, headed {@code [engine]} or {@code [view Leaders]}; in each block one line per pinned box, in id
 * order: the element's qualified name and the x and y of the box's top-left corner in pixels
 * ({@code AcmeEmea.AE 420 180}). Lines starting with {@code #} are comments. Reading never fails: a line that cannot
 * be read is a {@link PinProblem} and is left out.
 */
public final class PinFileFormat {
	/** What reading gives: the pins of every line that could be read, and what was wrong with the others. */
	public record Read(PinFile pins, List<PinProblem> problems) {
		public Read {
			problems = List.copyOf(problems);
		}
	}

	private static final Pattern HEADING = Pattern.compile("\\[\\s*([^\\]]*?)\\s*\\]\\s*");
	private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
	private static final Pattern FIELD = Pattern.compile("\\S+");
	private static final String VIEWS = "[engine], [pipeline], [kpis], [pay] or [view NAME]";

	private PinFileFormat() {
	}

	/** The text of the pin file; {@code engineName} goes into the header comment. */
	public static String write(PinFile pins, String engineName) {
		StringBuilder text = new StringBuilder();
		text.append("# Manual positions of boxes in the diagrams of engine ").append(engineName.isEmpty() ? "?" : engineName)
				.append(": written by the Sales Engine workbench when a box is dragged.\n");
		text.append("# Per view, one line per box: its qualified name and the x y of its top-left corner in pixels.\n");
		text.append("# 'Arrange all' clears a view; 'salesengine render --no-pins' ignores this file.\n");
		for (Map.Entry<String, SortedMap<String, Point>> view : pins.all().entrySet()) {
			text.append('\n').append('[').append(view.getKey()).append("]\n");
			for (Map.Entry<String, Point> pin : view.getValue().entrySet()) {
				text.append(pin.getKey()).append(' ').append(number(pin.getValue().x())).append(' ')
						.append(number(pin.getValue().y())).append('\n');
			}
		}
		return text.toString();
	}

	/** Reads the text of a pin file; {@code fileName} is used in the problems' locations. */
	public static Read read(String text, String fileName) {
		SortedMap<String, SortedMap<String, Point>> views = new TreeMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		List<PinProblem> problems = new ArrayList<>();
		String view = null;
		String[] lines = text.split("\r?\n", -1);
		for (int index = 0; index < lines.length; index++) {
			String line = lines[index];
			int number = index + 1;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			int indent = line.indexOf(trimmed.charAt(0)) + 1;
			if (trimmed.startsWith("[")) {
				Matcher heading = HEADING.matcher(trimmed);
				String name = heading.matches() ? heading.group(1).replaceAll("\\s+", " ") : null;
				if (name == null || !isView(name)) {
					problems.add(ignored(fileName, number, indent, "'" + trimmed + "' is not a view heading: write " + VIEWS));
					// The pins under a bad heading belong to no known view; say so once, at the heading.
					view = "";
				} else {
					view = name;
				}
				continue;
			}
			List<int[]> fields = fields(line);
			if (fields.size() != 3) {
				problems.add(ignored(fileName, number, indent,
						"a pin is a qualified name and two numbers, x and y ('AcmeEmea.AE 420 180'), not '" + trimmed + "'"));
				continue;
			}
			String id = field(line, fields.get(0));
			if (!QUALIFIED_NAME.matcher(id).matches()) {
				problems.add(ignored(fileName, number, fields.get(0)[0] + 1, "'" + id + "' is not a qualified name such as AcmeEmea.AE"));
				continue;
			}
			Double x = coordinate(line, fields.get(1), "x", fileName, number, problems);
			Double y = x == null ? null : coordinate(line, fields.get(2), "y", fileName, number, problems);
			if (x == null || y == null) {
				continue;
			}
			if (view == null) {
				problems.add(ignored(fileName, number, indent, "pin of " + id + " before any view heading: put it under " + VIEWS));
				continue;
			}
			if (view.isEmpty()) {
				continue;
			}
			String key = view + "\n" + id;
			if (firstLine.containsKey(key)) {
				problems.add(ignored(fileName, number, indent,
						id + " is pinned twice in [" + view + "]: the pin of line " + firstLine.get(key) + " is kept"));
				continue;
			}
			firstLine.put(key, number);
			views.computeIfAbsent(view, v -> new TreeMap<>()).put(id, new Point(x, y));
		}
		return new Read(PinFile.of(views), problems);
	}

	private static PinProblem ignored(String fileName, int line, int column, String message) {
		return new PinProblem(fileName, line, column, message + " (line ignored)");
	}

	private static boolean isView(String name) {
		if (name.startsWith(PinFile.VIEW_PREFIX)) {
			return QUALIFIED_NAME.matcher(name.substring(PinFile.VIEW_PREFIX.length())).matches();
		}
		return DiagramKind.byCliName(name) != null;
	}

	private static Double coordinate(String line, int[] field, String axis, String fileName, int number, List<PinProblem> problems) {
		String text = field(line, field);
		if (!NUMBER.matcher(text).matches()) {
			problems.add(ignored(fileName, number, field[0] + 1, "'" + text + "' is not a number: " + axis + " is in pixels, such as 420"));
			return null;
		}
		return Double.valueOf(text);
	}

	/** Start and end offset of each whitespace-separated field. */
	private static List<int[]> fields(String line) {
		List<int[]> fields = new ArrayList<>();
		Matcher field = FIELD.matcher(line);
		while (field.find()) {
			fields.add(new int[] { field.start(), field.end() });
		}
		return fields;
	}

	private static String field(String line, int[] field) {
		return line.substring(field[0], field[1]);
	}

	/** Whole pixels without a decimal point; anything finer as written, without trailing zeros. */
	private static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
