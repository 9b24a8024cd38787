package org.salesengine.data.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesengine.data.columns.CellValues;
import org.salesengine.data.columns.CellValues.BadValue;
import org.salesengine.data.columns.Header;
import org.salesengine.data.sheet.Cell;
import org.salesengine.data.sheet.Row;
import org.salesengine.data.sheet.Sheet;

/**
 * A roster (one row per role) as the engine's structure section: roles with headcount, ramp, quota and reports-to.
 * A reports-to names another role of the sheet, by its name or its display name.
 */
final class RosterImport {
	private record RoleRow(Row row, String id, String displayName) {
	}

	private RosterImport() {
	}

	static String section(Sheet sheet, Header<RosterColumn> header, Problems problems, EngineText text) {
		List<RoleRow> roles = new ArrayList<>();
		Map<String, RoleRow> byName = new HashMap<>();
		for (Row row : sheet.rows()) {
			Cell role = row.cell(header.index(RosterColumn.ROLE));
			if (role.isBlank()) {
				problems.at(row, header.text(RosterColumn.ROLE), "the role is empty");
				continue;
			}
			String id = Names.id(role.text());
			if (id.isEmpty()) {
				problems.at(row, header.text(RosterColumn.ROLE), "'" + role.text() + "' has no letter or digit to make a name of");
				continue;
			}
			Cell title = row.cell(header.index(RosterColumn.TITLE));
			String displayName = title.isBlank() ? Names.displayName(role.text(), id) : title.text();
			RoleRow read = new RoleRow(row, id, displayName);
			RoleRow earlier = byName.get(id.toLowerCase(Locale.ROOT));
			if (earlier != null && earlier.id.equals(id)) {
				problems.at(row, header.text(RosterColumn.ROLE), "role " + id + " is already on row " + earlier.row.number());
				continue;
			}
			roles.add(read);
			byName.put(id.toLowerCase(Locale.ROOT), read);
			if (displayName != null) {
				byName.putIfAbsent(displayName.toLowerCase(Locale.ROOT), read);
			}
			byName.putIfAbsent(role.text().toLowerCase(Locale.ROOT), read);
		}
		StringBuilder section = new StringBuilder("  structure {\n");
		for (RoleRow role : roles) {
			section.append("    role ").append(text.named(role.id, role.displayName)).append(" {")
					.append(properties(role.row, header, problems, byName, text)).append(" }\n");
		}
		return section.append("  }\n").toString();
	}

	private static String properties(Row row, Header<RosterColumn> header, Problems problems, Map<String, RoleRow> roles, EngineText text) {
		StringBuilder properties = new StringBuilder();
		Cell headcount = row.cell(header.index(RosterColumn.HEADCOUNT));
		if (!headcount.isBlank()) {
			try {
				properties.append(" headcount ").append(CellValues.wholeNumber(headcount));
			} catch (BadValue bad) {
				problems.at(row, header.text(RosterColumn.HEADCOUNT), bad);
			}
		}
		Cell quota = row.cell(header.index(RosterColumn.QUOTA));
		if (!quota.isBlank()) {
			try {
				if (carriesQuota(quota)) {
					properties.append(" carries quota");
				}
			} catch (BadValue bad) {
				problems.at(row, header.text(RosterColumn.QUOTA), bad);
			}
		}
		Cell ramp = row.cell(header.index(RosterColumn.RAMP));
		if (!ramp.isBlank()) {
			try {
				properties.append(" ramp ").append(CellValues.duration(ramp));
			} catch (BadValue bad) {
				problems.at(row, header.text(RosterColumn.RAMP), bad);
			}
		}
		Cell reportsTo = row.cell(header.index(RosterColumn.REPORTS_TO));
		if (!reportsTo.isBlank()) {
			RoleRow manager = roles.get(reportsTo.text().toLowerCase(Locale.ROOT));
			if (manager == null) {
				manager = roles.get(Names.id(reportsTo.text()).toLowerCase(Locale.ROOT));
			}
			if (manager == null) {
				problems.at(row, header.text(RosterColumn.REPORTS_TO), "'" + reportsTo.text() + "' is not a role of this sheet");
			} else {
				properties.append(" reports to ").append(text.id(manager.id));
			}
		}
		return properties.toString();
	}

	/** yes/no, or a quota amount: a role with a quota above zero carries quota (the amount itself belongs in a plan). */
	private static boolean carriesQuota(Cell quota) throws BadValue {
		try {
			return CellValues.yes(quota);
		} catch (BadValue notYesOrNo) {
			return CellValues.amount(quota).signum() > 0;
		}
	}
}
