package org.salesengine.data.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.data.columns.CellValues;
import org.salesengine.data.columns.CellValues.BadValue;
import org.salesengine.data.columns.Header;
import org.salesengine.data.sheet.Cell;
import org.salesengine.data.sheet.Row;
import org.salesengine.data.sheet.Sheet;
import org.salesengine.model.engine.Amounts;

/**
 * A plan sheet (one row per measure) as the engine's compensation section: plans with their role, OTE and mix, and
 * measures with weight, quota, threshold, accelerator and cap. A plan's own columns are read from the first of its
 * rows that gives them; a later row that gives another value is a problem, since only one can be meant.
 */
final class PlanImport {
	private static final class PlanRows {
		final String id;
		final Row first;
		final Map<PlanColumn, Given> given = new LinkedHashMap<>();
		final List<String> measures = new ArrayList<>();

		PlanRows(String id, Row first) {
			this.id = id;
			this.first = first;
		}
	}

	/** A plan's value and the row that gave it. */
	private record Given(String value, Row row) {
	}

	private static final List<PlanColumn> PLAN_COLUMNS = List.of(PlanColumn.PLAN_TITLE, PlanColumn.ROLE, PlanColumn.OTE, PlanColumn.MIX);

	private PlanImport() {
	}

	static String section(Sheet sheet, Header<PlanColumn> header, Problems problems, EngineText text) {
		Map<String, PlanRows> plans = new LinkedHashMap<>();
		for (Row row : sheet.rows()) {
			Cell plan = row.cell(header.index(PlanColumn.PLAN));
			String id = Names.id(plan.text());
			if (plan.isBlank() || id.isEmpty()) {
				problems.at(row, header.text(PlanColumn.PLAN), plan.isBlank() ? "the plan is empty" : "'" + plan.text() + "' has no letter or digit to make a name of");
				continue;
			}
			PlanRows rows = plans.computeIfAbsent(id, name -> new PlanRows(name, row));
			if (rows.first == row && !plan.text().strip().equals(id) && !header.has(PlanColumn.PLAN_TITLE)) {
				rows.given.put(PlanColumn.PLAN_TITLE, new Given(text.string(plan.text().strip()), row));
			}
			for (PlanColumn column : PLAN_COLUMNS) {
				planValue(row, column, rows, header, problems, text);
			}
			String measure = measure(row, header, problems, text);
			if (measure != null) {
				rows.measures.add(measure);
			}
		}
		StringBuilder section = new StringBuilder("  compensation {\n");
		for (PlanRows plan : plans.values()) {
			section.append("    plan ").append(text.id(plan.id));
			Given title = plan.given.get(PlanColumn.PLAN_TITLE);
			Given role = plan.given.get(PlanColumn.ROLE);
			section.append(title == null ? "" : " " + title.value).append(role == null ? "" : " for " + role.value).append(" {\n");
			Given ote = plan.given.get(PlanColumn.OTE);
			if (ote != null) {
				section.append("      on target earnings ").append(ote.value).append('\n');
			}
			Given mix = plan.given.get(PlanColumn.MIX);
			if (mix != null) {
				section.append("      mix ").append(mix.value).append('\n');
			}
			plan.measures.forEach(measure -> section.append("      ").append(measure).append('\n'));
			section.append("    }\n");
		}
		return section.append("  }\n").toString();
	}

	private static void planValue(Row row, PlanColumn column, PlanRows plan, Header<PlanColumn> header, Problems problems, EngineText text) {
		Cell cell = row.cell(header.index(column));
		if (cell.isBlank()) {
			return;
		}
		String value;
		try {
			value = switch (column) {
				case PLAN_TITLE -> text.string(cell.text());
				case ROLE -> role(cell, text);
				case OTE -> Amounts.exact(CellValues.amount(cell));
				case MIX -> CellValues.mix(cell);
				default -> throw new IllegalArgumentException(column.key());
			};
		} catch (BadValue bad) {
			problems.at(row, header.text(column), bad);
			return;
		}
		Given earlier = plan.given.get(column);
		if (earlier == null) {
			plan.given.put(column, new Given(value, row));
		} else if (!earlier.value.equals(value)) {
			problems.at(row, header.text(column), "'" + cell.text() + "' differs from what row " + earlier.row.number()
					+ " gives for plan " + plan.id + "; leave it blank or give the same value");
		}
	}

	private static String role(Cell cell, EngineText text) throws BadValue {
		String id = Names.id(cell.text());
		if (id.isEmpty()) {
			throw new BadValue("'" + cell.text() + "' has no letter or digit to make a name of");
		}
		return text.id(id);
	}

	/** {@code measure NewARR weight 80% { quota 1.1M threshold 50% accelerator 2x above 100% cap 300% }}, or null. */
	private static String measure(Row row, Header<PlanColumn> header, Problems problems, EngineText text) {
		Cell kpi = row.cell(header.index(PlanColumn.MEASURE));
		if (kpi.isBlank()) {
			for (PlanColumn column : List.of(PlanColumn.WEIGHT, PlanColumn.QUOTA, PlanColumn.THRESHOLD, PlanColumn.ACCELERATOR, PlanColumn.CAP)) {
				if (!row.cell(header.index(column)).isBlank()) {
					problems.at(row, header.text(PlanColumn.MEASURE), "the measure is empty, but the row gives its " + header.text(column));
					return null;
				}
			}
			return null;
		}
		String id = Names.id(kpi.text());
		if (id.isEmpty()) {
			problems.at(row, header.text(PlanColumn.MEASURE), "'" + kpi.text() + "' has no letter or digit to make a name of");
			return null;
		}
		StringBuilder measure = new StringBuilder("measure ").append(text.id(id));
		StringBuilder block = new StringBuilder();
		int before = problems.lines().size();
		String weight = value(row, PlanColumn.WEIGHT, header, problems);
		if (weight != null) {
			measure.append(" weight ").append(weight);
		}
		String quota = value(row, PlanColumn.QUOTA, header, problems);
		if (quota != null) {
			block.append(" quota ").append(quota);
		}
		String threshold = value(row, PlanColumn.THRESHOLD, header, problems);
		if (threshold != null) {
			block.append(" threshold ").append(threshold);
		}
		String accelerator = value(row, PlanColumn.ACCELERATOR, header, problems);
		String above = value(row, PlanColumn.ACCELERATOR_ABOVE, header, problems);
		if (accelerator != null) {
			block.append(" accelerator ").append(accelerator).append(above == null ? "" : " above " + above);
		} else if (above != null) {
			problems.at(row, header.text(PlanColumn.ACCELERATOR_ABOVE), "an accelerator's start without an accelerator");
		}
		String cap = value(row, PlanColumn.CAP, header, problems);
		if (cap != null) {
			block.append(" cap ").append(cap);
		}
		if (problems.lines().size() > before) {
			return null;
		}
		return block.isEmpty() ? measure.toString() : measure.append(" {").append(block).append(" }").toString();
	}

	private static String value(Row row, PlanColumn column, Header<PlanColumn> header, Problems problems) {
		Cell cell = row.cell(header.index(column));
		if (cell.isBlank()) {
			return null;
		}
		try {
			return switch (column) {
				case QUOTA -> CellValues.quantity(cell);
				case ACCELERATOR -> Amounts.multiplier(CellValues.multiplier(cell));
				default -> Amounts.exactPercent(CellValues.percent(cell));
			};
		} catch (BadValue bad) {
			problems.at(row, header.text(column), bad);
			return null;
		}
	}
}
