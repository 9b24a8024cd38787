package org.salesengine.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.data.roster.EngineImport;
import org.salesengine.data.roster.EngineImport.Kind;
import org.salesengine.data.sheet.SheetReader;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.CompensationSection;
import org.salesengine.model.Engine;
import org.salesengine.model.StructureSection;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * acme's roster and plans, from CSV and from a workbook, come back as acme's own roles and plans: the same model by
 * EcoreUtil.equals. Plans link to acme's KPIs and roles, so the imported compensation file is loaded with acme's
 * other sections, as an engine spread over two files.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class ImportTest {
	@Inject
	private EngineImport importer;
	@Inject
	private EngineLoader loader;
	@TempDir
	Path dir;

	@Test
	void rosterCsvRoundTripsToAcmesRoles() throws Exception {
		assertSameRoles(importStructure(AcmeSheets.rosterCsv(dir)));
	}

	@Test
	void rosterXlsxRoundTripsToAcmesRoles() throws Exception {
		assertSameRoles(importStructure(AcmeSheets.rosterXlsx(dir)));
	}

	@Test
	void plansCsvRoundTripToAcmesPlans() throws Exception {
		assertSamePlans(importCompensation(AcmeSheets.plansCsv(dir)));
	}

	@Test
	void plansXlsxRoundTripToAcmesPlans() throws Exception {
		assertSamePlans(importCompensation(AcmeSheets.plansXlsx(dir)));
	}

	@Test
	void theImportIsFormattedEngineText() throws Exception {
		String text = importStructure(AcmeSheets.rosterCsv(dir));
		assertEquals("""
				engine AcmeEmea {
				  structure {
				    role Manager "Sales manager" { headcount 3 }
				    role SDR "Sales development representative" { headcount 10 ramp 3 months reports to Manager }
				    role AE "Account executive" { headcount 12 carries quota ramp 6 months reports to Manager }
				    role AM "Account manager" { headcount 5 carries quota reports to Manager }
				  }
				}
				""", text);
	}

	@Test
	void namesAreSanitizedAndTheTextKeptAsDisplayName() throws Exception {
		Path roster = Files.writeString(dir.resolve("team.csv"), """
				Role,Headcount,Reports to
				Head of sales,1,
				Account executive (EMEA),4,Head of sales
				lead,2,head of sales
				2nd line support,3,
				"Ré ""Senior"" AE",1,
				""");
		String text = importer.run(SheetReader.read(roster, null), Kind.STRUCTURE, "Team", Map.of()).text();
		assertEquals("""
				engine Team {
				  structure {
				    role HeadOfSales "Head of sales" { headcount 1 }
				    role AccountExecutiveEMEA "Account executive (EMEA)" { headcount 4 reports to HeadOfSales }
				    role Lead "lead" { headcount 2 reports to HeadOfSales }
				    role _2ndLineSupport "2nd line support" { headcount 3 }
				    role RéSeniorAE "Ré \\"Senior\\" AE" { headcount 1 }
				  }
				}
				""", text);
		LoadedEngines loaded = loader.load(List.of(Files.writeString(dir.resolve("team.sales"), text)));
		assertEquals(List.of(), loaded.findings().stream().filter(ImportTest::isTextError).toList());
		assertEquals("Ré \"Senior\" AE", loaded.engines().get(0).roles().get(4).getDisplayName());
	}

	@Test
	void everyBadCellIsListedWithItsRowAndColumn() throws Exception {
		Path roster = Files.writeString(dir.resolve("roster.csv"), """
				Role,Headcount,Ramp,Quota,Reports to
				Manager,3,,,
				AE,twelve,6 weeks,"1,1M",Boss
				,4,,,
				SDR,10.5,,no,Manager
				AE,1,,,
				""");
		EngineImport.Result result = importer.run(SheetReader.read(roster, null), Kind.STRUCTURE, "Acme", Map.of());
		assertNull(result.text());
		String file = roster.toString();
		assertEquals(List.of(
				file + ":3:Headcount: 'twelve' is not a whole number",
				file + ":3:Quota: '1,1M' is not a number",
				file + ":3:Ramp: '6 weeks' is not a duration such as 6 months or 90 days",
				file + ":3:Reports to: 'Boss' is not a role of this sheet",
				file + ":4:Role: the role is empty",
				file + ":5:Headcount: '10.5' is not a whole number",
				file + ":6:Role: role AE is already on row 3"), result.problems());
	}

	@Test
	void planSheetProblems() throws Exception {
		Path plans = Files.writeString(dir.resolve("plans.csv"), """
				Plan,Role,OTE,Mix,Measure,Weight,Quota,Cap
				AEPlan,AE,140k,50-50,NewARR,80,1.1M,300%
				AEPlan,SDR,,,WinRate,20%,,1.5
				""");
		EngineImport.Result result = importer.run(SheetReader.read(plans, null), Kind.COMPENSATION, "Acme", Map.of());
		String file = plans.toString();
		assertEquals(List.of(
				file + ":2:Mix: '50-50' is not a pay mix such as 60/40",
				file + ":2:Weight: '80' is not a percentage: write 80%",
				file + ":3:Role: 'SDR' differs from what row 2 gives for plan AEPlan; leave it blank or give the same value",
				file + ":3:Cap: '1.5' is not a percentage: write 1.5%"), result.problems());
	}

	@Test
	void aMissingColumnAndAMappingFile() throws Exception {
		Path roster = Files.writeString(dir.resolve("roster.csv"), "Position,Anzahl\nAE,12\n");
		EngineImport.Result missing = importer.run(SheetReader.read(roster, null), Kind.STRUCTURE, "Acme", Map.of());
		assertEquals(List.of(roster + ":1: no column for the role's name: expected one of Role, Role ID, ID, or name it in a mapping file (role = ...)"),
				missing.problems());
		EngineImport.Result mapped = importer.run(SheetReader.read(roster, null), Kind.STRUCTURE, "Acme",
				Map.of("role", "Position", "headcount", "Anzahl"));
		assertTrue(mapped.text().contains("role AE { headcount 12 }"), mapped.text());
	}

	@Test
	void formulaCellsAreTextAndNeverEvaluated() throws Exception {
		Path roster = Workbooks.write(dir.resolve("roster.xlsx"), List.of(
				List.of("Role", "Title", "Headcount"),
				List.of("AE", Workbooks.formula("HYPERLINK(\"http://example.org\",\"Account executive\")"), Workbooks.formula("6*2"))));
		EngineImport.Result result = importer.run(SheetReader.read(roster, null), Kind.STRUCTURE, "Acme", Map.of());
		assertEquals(List.of(roster + ":2:Headcount: '=6*2' is not a whole number"), result.problems());
		Path csv = Files.writeString(dir.resolve("roster.csv"), "Role,Title\nAE,\"=HYPERLINK(\"\"http://example.org\"\",\"\"AE\"\")\"\n");
		String text = importer.run(SheetReader.read(csv, null), Kind.STRUCTURE, "Acme", Map.of()).text();
		assertTrue(text.contains("role AE \"=HYPERLINK(\\\"http://example.org\\\",\\\"AE\\\")\""), text);
	}

	private String importStructure(Path sheet) throws Exception {
		EngineImport.Result result = importer.run(SheetReader.read(sheet, null), Kind.STRUCTURE, "AcmeEmea", Map.of());
		assertEquals(List.of(), result.problems());
		return result.text();
	}

	private String importCompensation(Path sheet) throws Exception {
		EngineImport.Result result = importer.run(SheetReader.read(sheet, null), Kind.COMPENSATION, "AcmeEmea", Map.of());
		assertEquals(List.of(), result.problems());
		return result.text();
	}

	private void assertSameRoles(String imported) throws Exception {
		LoadedEngines loaded = loader.load(List.of(Files.writeString(dir.resolve("structure.sales"), imported)));
		// Roles alone are not a whole engine (no plan pays AE yet): only the text's own errors count here.
		assertEquals(List.of(), loaded.findings().stream().filter(ImportTest::isTextError).toList());
		StructureSection ours = section(loaded.sources().get(0).engine(), StructureSection.class);
		StructureSection acme = section(acme(), StructureSection.class);
		assertEquals(4, ours.getRoles().size());
		assertTrue(EcoreUtil.equals(acme.getRoles(), ours.getRoles()), imported);
	}

	/** The imported plans next to acme without its compensation section: one engine, two files. */
	private void assertSamePlans(String imported) throws Exception {
		String acmeText = TestFiles.exampleText("acme.sales");
		int start = acmeText.indexOf("  compensation {");
		int end = acmeText.indexOf("\n  }\n", start) + "\n  }\n".length();
		Path rest = Files.writeString(dir.resolve("acme-rest.sales"), acmeText.substring(0, start) + acmeText.substring(end));
		Path plans = Files.writeString(dir.resolve("acme-plans.sales"), imported);
		LoadedEngines loaded = loader.load(List.of(rest, plans));
		assertEquals(List.of(), loaded.findings().stream().filter(f -> f.isError()).toList());
		Engine ours = loaded.sources().stream().filter(s -> s.path().equals(plans)).findFirst().orElseThrow().engine();
		CompensationSection mine = section(ours, CompensationSection.class);
		CompensationSection theirs = section(acme(), CompensationSection.class);
		assertEquals(3, mine.getPlans().size());
		assertTrue(EcoreUtil.equals(theirs.getPlans(), mine.getPlans()), imported);
	}

	private static boolean isTextError(org.salesengine.dsl.load.Finding finding) {
		return List.of("syntax", "invalid-value", "unresolved-reference", "duplicate-name").contains(finding.code());
	}

	private Engine acme() throws Exception {
		WholeEngine acme = loader.load(List.of(TestFiles.example("acme.sales"))).engines().get(0);
		return acme.fragments().get(0);
	}

	private static <T> T section(Engine engine, Class<T> type) {
		return engine.getSections().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}
}
