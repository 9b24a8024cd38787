package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.salesengine.table.tests.TableAssertions.text;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.render.CsvTableWriter;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.table.render.TextTableWriter;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/** An engine half written, with references to nothing: every table is still built and written, the gaps left empty. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class IncompleteEngineTest {
	@Inject
	private EngineLoader loader;
	@TempDir
	Path temp;

	@Test
	void danglingReferencesLeaveCellsEmpty() throws Exception {
		WholeEngine engine = SmallEngines.load(loader, temp, "dangling", SmallEngines.DANGLING);
		LoadedEngines loaded = Engines.load(loader, temp.resolve("dangling.sales"));
		assertFalse(loaded.findings().isEmpty(), "the references do not resolve");
		for (TableKind kind : TableKind.values()) {
			Table table = Tables.build(kind, engine, loaded.findings());
			assertFalse(TextTableWriter.write(table).isEmpty());
			assertFalse(CsvTableWriter.write(table).isEmpty());
			assertFalse(TableDrawing.svg(table).isEmpty());
		}
		Table roles = Tables.build(TableKind.ROLES, engine, loaded.findings());
		assertEquals("", text(roles, "R1", "reports to"), "Nobody does not resolve");
		assertEquals("", text(roles, "R1", "plan"));
		Table kpis = Tables.build(TableKind.KPI_TABLE, engine, loaded.findings());
		assertEquals(List.of("", "", "", "", "", "? + 1"),
				kpis.rows().get(0).cells().stream().map(cell -> cell.text()).toList(), "an unresolved KPI in a formula is '?'");
		Table stages = Tables.build(TableKind.STAGES, engine, loaded.findings());
		assertEquals("", text(stages, "S1", "owner"));
		assertEquals("40%", text(stages, "S1", "conversion"));
		Table accountability = Tables.build(TableKind.ACCOUNTABILITY, engine, loaded.findings());
		assertEquals("carries quota", text(accountability, "R1", "quota"));
	}
}
