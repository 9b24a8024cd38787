package org.salesengine.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.ElementKind;

/**
 * The pin file follows the operations: a renamed element keeps its pins under its new name (and so do the measures of
 * a renamed KPI), a deleted one loses them; the change is one more file edit of the result, so that the workbench
 * applies it with the others and {@code salesengine edit} writes it atomically.
 */
class PinEditTest {
	private static final String HEADER = """
			# Manual positions of boxes in the diagrams of engine AcmeEmea: written by the Sales Engine workbench when a box is dragged.
			# Per view, one line per box: its qualified name and the x y of its top-left corner in pixels.
			# 'Arrange all' clears a view; 'salesengine render --no-pins' ignores this file.
			""";
	private static final String PINS = HEADER + """

			[engine]
			AcmeEmea.AE 258 700
			AcmeEmea.MeetingsBooked 1211 900
			AcmeEmea.SDR 245 589

			[pay]
			AcmeEmea.AE 24 300
			AcmeEmea.SDRPlan.MeetingsBooked 400 120
			AcmeEmea.SDRPlan.NewARR 400 220
			""";

	@TempDir
	Path temp;

	@Test
	void aRenamedRoleKeepsItsPinsInEveryView() throws IOException {
		EditFixture acme = withPins(EditFixture.acme(temp));
		acme.apply(new EditOperation.Rename("AE", "AccountExecutive")).changedFiles("acme.sales", "acme.pins")
				.renamedWord("acme.sales", "AE", "AccountExecutive").noNewFindings();
		// AccountExecutive sorts where AE did; nothing else changes.
		assertEquals(HEADER + """

				[engine]
				AcmeEmea.AccountExecutive 258 700
				AcmeEmea.MeetingsBooked 1211 900
				AcmeEmea.SDR 245 589

				[pay]
				AcmeEmea.AccountExecutive 24 300
				AcmeEmea.SDRPlan.MeetingsBooked 400 120
				AcmeEmea.SDRPlan.NewARR 400 220
				""", acme.text("acme.pins"));
	}

	@Test
	void aRenamedKpiTakesTheMeasuresOnItWith() throws IOException {
		EditFixture acme = withPins(EditFixture.acme(temp));
		acme.apply(new EditOperation.Rename("MeetingsBooked", "Meetings")).changedFiles("acme.sales", "acme.pins").noNewFindings();
		// A measure's id is its plan's and its KPI's name: SDRPlan.MeetingsBooked is now SDRPlan.Meetings.
		assertEquals(HEADER + """

				[engine]
				AcmeEmea.AE 258 700
				AcmeEmea.Meetings 1211 900
				AcmeEmea.SDR 245 589

				[pay]
				AcmeEmea.AE 24 300
				AcmeEmea.SDRPlan.Meetings 400 120
				AcmeEmea.SDRPlan.NewARR 400 220
				""", acme.text("acme.pins"));
	}

	@Test
	void aDeletedKpiDropsItsPinsAndThoseOfTheMeasuresDeletedWithIt() throws IOException {
		EditFixture acme = withPins(EditFixture.acme(temp));
		acme.apply(new EditOperation.Delete("MeetingsBooked", true)).changedFiles("acme.sales", "acme.pins");
		assertEquals(HEADER + """

				[engine]
				AcmeEmea.AE 258 700
				AcmeEmea.SDR 245 589

				[pay]
				AcmeEmea.AE 24 300
				AcmeEmea.SDRPlan.NewARR 400 220
				""", acme.text("acme.pins"));
	}

	@Test
	void anEditOfNothingPinnedLeavesThePinFileAlone() throws IOException {
		EditFixture acme = withPins(EditFixture.acme(temp));
		acme.apply(new EditOperation.Create(ElementKind.ROLE, "Partner", null, null, null)).changedFiles("acme.sales");
		acme.apply(new EditOperation.Rename("Manager", "Director")).changedFiles("acme.sales");
		assertEquals(PINS, acme.text("acme.pins"));
	}

	@Test
	void aPinFileWithALineThatCannotBeReadIsNotRewritten() throws IOException {
		EditFixture acme = EditFixture.acme(temp);
		String bad = PINS + "AcmeEmea.AE here there\n";
		Files.writeString(acme.file("acme.pins"), bad);
		acme.apply(new EditOperation.Rename("AE", "AccountExecutive")).changedFiles("acme.sales");
		assertEquals(bad, acme.text("acme.pins"));
	}

	private static EditFixture withPins(EditFixture fixture) throws IOException {
		Files.writeString(fixture.file("acme.pins"), PINS);
		return fixture;
	}
}
