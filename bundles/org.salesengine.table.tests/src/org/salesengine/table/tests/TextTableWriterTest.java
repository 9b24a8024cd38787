package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.Tables;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.render.TextTableWriter;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/** The text format: columns as wide as their widest entry, two spaces apart, marks numbered and explained below. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class TextTableWriterTest {
	@Inject
	private EngineLoader loader;
	@TempDir
	Path temp;

	@Test
	void alignmentOfASmallEngineLinesUp() {
		WholeEngine mini = SmallEngines.load(loader, temp, "mini", SmallEngines.MINI);
		// The findings are given by hand, so the layout is tested whatever rules the validator gains.
		List<Finding> findings = List.of(
				new Finding("mini.sales", 4, 15, 4, 19, Severity.WARNING, "unmeasured-objective", "objective Keep is supported by no KPI", "Mini.Keep"),
				new Finding("mini.sales", 14, 9, 14, 14, Severity.INFO, "example-info", "KPI Calls is an example", "Mini.Calls"));
		String text = TextTableWriter.write(Tables.build(TableKind.ALIGNMENT, mini, findings));
		// Widths: objective 9 ("objective"; "Keep [2]" is 8), display name 12, priority 8, Bookings 8, Calls [1] 9,
		// reviewed in 11, paid by 11 ("AEPlan 100%"), indicator of 12. The column heading Calls is numbered first:
		// headings come before rows in reading order.
		assertEquals("""
				Mini Co: alignment
				objectives × KPIs: marked where the KPI supports the objective

				objective  display name  priority  Bookings  Calls [1]  reviewed in  paid by      indicator of
				Grow       Grow revenue  1         x         x          Review       AEPlan 100%
				Keep [2]                 2

				Findings
				  [1] Calls: info: KPI Calls is an example [example-info]
				  [2] Keep: warning: objective Keep is supported by no KPI [unmeasured-objective]
				""", text);
	}

	@Test
	void rolesOfASmallEngineLineUp() {
		WholeEngine mini = SmallEngines.load(loader, temp, "mini", SmallEngines.MINI);
		String text = TextTableWriter.write(Tables.build(TableKind.ROLES, mini, List.of()));
		assertEquals("""
				Mini Co: roles
				roles and their settings

				role  display name  headcount  ramp  carries quota  reports to  plan    OTE   mix
				AE                  2                yes                        AEPlan  100k  50/50
				""", text);
	}

	@Test
	void lineBreaksInNamesDoNotBreakRows() {
		WholeEngine hostile = SmallEngines.load(loader, temp, "hostile", SmallEngines.HOSTILE);
		String text = TextTableWriter.write(Tables.build(TableKind.ROLES, hostile, List.of()));
		String ae = text.lines().filter(line -> line.startsWith("AE ")).findFirst().orElseThrow();
		assertTrue(ae.startsWith("AE      Sales, \"field\" team  "), ae);
		assertEquals(4 + 5, text.lines().count(), "title, description, blank line, heading and one line per role");
	}
}
