package org.salesengine.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;

/**
 * rename: the element's name and every reference to it, in every file of the engine, through Xtext's rename
 * strategy and the change serializer's reference updater; nothing else moves (the column padding of the stages
 * stays, so AccountExecutive is followed by the two spaces that followed AE).
 */
class RenameTest {
	@TempDir
	Path temp;

	@Test
	void aRoleAndItsFourteenReferencesInAcme() {
		EditFixture.acme(temp).apply(new EditOperation.Rename("AE", "AccountExecutive"))
				.changedFiles("acme.sales")
				.renamedWord("acme.sales", "AE", "AccountExecutive")
				.noNewFindings();
	}

	@Test
	void aRoleOfTheMultiFileEngineInEveryFileThatRefersToIt() {
		EditFixture.Edited edited = EditFixture.acmeSplit(temp).apply(new EditOperation.Rename("SDR", "Sdr"));
		edited.changedFiles("compensation.sales", "culture.sales", "metrics.sales", "structure.sales");
		for (String file : List.of("compensation.sales", "culture.sales", "metrics.sales", "structure.sales")) {
			edited.renamedWord(file, "SDR", "Sdr");
		}
		edited.noNewFindings();
	}

	/**
	 * A new name the loaded index does not know, of another length (Sdr matched SDR case-blind in the stale index and
	 * hid this): every reference in the other files still follows, and Globex's own AE stays.
	 */
	@Test
	void aLongerNameReachesEveryFileOfTheMultiFileEngine() {
		EditFixture.Edited edited = EditFixture.acmeSplit(temp).apply(new EditOperation.Rename("AE", "AccountExecutive"));
		edited.changedFiles("compensation.sales", "culture.sales", "metrics.sales", "structure.sales");
		for (String file : List.of("compensation.sales", "culture.sales", "metrics.sales", "structure.sales")) {
			edited.renamedWord(file, "AE", "AccountExecutive");
		}
		edited.noNewFindings();
	}

	@Test
	void aKpiInTheFormulaOfAnotherKpi() {
		EditFixture.acme(temp).apply(new EditOperation.Rename("DealsWon", "Wins"))
				.replaced("acme.sales", """
						    kpi DealsWon "Deals won" { unit count lagging }
						    kpi DealsLost "Deals lost" { unit count lagging }
						    kpi WinRate "Win rate" {
						      unit percent lagging target 25% supports NewLogos
						      formula DealsWon / (DealsWon + DealsLost)
						""", """
						    kpi Wins "Deals won" { unit count lagging }
						    kpi DealsLost "Deals lost" { unit count lagging }
						    kpi WinRate "Win rate" {
						      unit percent lagging target 25% supports NewLogos
						      formula Wins / (Wins + DealsLost)
						""")
				.noNewFindings();
	}

	@Test
	void aTakenNameIsRefusedWithWhereItIsTaken() {
		EditFixture acme = EditFixture.acme(temp);
		EditResult result = acme.compute(new EditOperation.Rename("AE", "AM"));
		assertFalse(result.applied());
		assertEquals("the name AM is taken by role AM (acme.sales:23)", result.message());
		assertEquals(List.of(), result.files());
	}

	@Test
	void aKeywordOrANonNameIsRefused() {
		EditFixture acme = EditFixture.acme(temp);
		assertEquals("'role' is a keyword of the language; choose another name", acme.compute(new EditOperation.Rename("AE", "role")).message());
		assertEquals("'Account executive' is not a name: names start with a letter or _ and go on with letters, digits or _",
				acme.compute(new EditOperation.Rename("AE", "Account executive")).message());
		assertEquals("engine AcmeEmea has no element Nobody", acme.compute(new EditOperation.Rename("Nobody", "Somebody")).message());
	}
}
