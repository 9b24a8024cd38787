package org.salesengine.table.build;

import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;

/** Builds the table of each kind from an engine and the marks of its findings. */
public final class TableBuilders {
	private TableBuilders() {
	}

	public static Table build(TableKind kind, WholeEngine engine, FindingMarks marks) {
		return switch (kind) {
			case ALIGNMENT -> AlignmentTable.build(engine, marks);
			case KPI_GOVERNANCE -> KpiGovernanceTable.build(engine, marks);
			case ACCOUNTABILITY -> AccountabilityTable.build(engine, marks);
			case ROLES -> EditionTables.roles(engine, marks);
			case KPI_TABLE -> EditionTables.kpis(engine, marks);
			case STAGES -> EditionTables.stages(engine, marks);
		};
	}
}
