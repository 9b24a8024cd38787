package org.salesengine.edit.tests;

import static org.salesengine.edit.tests.ConnectTest.assertRefused;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salesengine.edit.EditOperation;

/**
 * set: an edition table's cell, read by the language's value converters and written back in the language's form
 * (150000 is written 150k); only the value's text changes, the column padding around it stays.
 */
class SetPropertyTest {
	@TempDir
	Path temp;

	static Stream<Arguments> cells() {
		return Stream.of(
				// element, property, value, the text before, the text after
				Arguments.of("NewBusiness.Lead", "conversion", "45%", "first meeting booked\"    conversion 40%", "first meeting booked\"    conversion 45%"),
				Arguments.of("AE", "ramp", "4 months", "carries quota ramp 6 months", "carries quota ramp 4 months"),
				Arguments.of("AE", "headcount", "14", "{ headcount 12 carries", "{ headcount 14 carries"),
				Arguments.of("AEPlan", "mix", "60/40", "      mix 50/50\n", "      mix 60/40\n"),
				Arguments.of("AEPlan", "ote", "150000", "on target earnings 140k", "on target earnings 150k"),
				Arguments.of("AEPlan.NewARR", "quota", "1.2M", "{ quota 1.1M threshold", "{ quota 1.2M threshold"),
				Arguments.of("AEPlan.NewARR", "accelerator", "1.5x", "accelerator 2x above", "accelerator 1.5x above"),
				Arguments.of("AEPlan.WinRate", "weight", "25%", "measure WinRate weight 20%", "measure WinRate weight 25%"),
				Arguments.of("DealReview", "cadence", "monthly", "{\n      cadence weekly\n      led by Manager\n      attended by AE\n",
						"{\n      cadence monthly\n      led by Manager\n      attended by AE\n"),
				Arguments.of("Renewal", "average-deal", "25k", "average deal 20k", "average deal 25k"),
				Arguments.of("DealsLost", "target", "300", "kpi DealsLost \"Deals lost\" { unit count lagging }",
						"kpi DealsLost \"Deals lost\" { unit count lagging target 300 }"));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("cells")
	void aCellChangesOnlyItsValue(String element, String property, String value, String before, String after) {
		EditFixture.acme(temp).apply(new EditOperation.SetProperty(element, property, value)).changedFiles("acme.sales").replaced("acme.sales", before, after);
	}

	@Test
	void aValueOfNullRemovesTheClause() {
		EditFixture.acme(temp).apply(new EditOperation.SetProperty("NewARR", "source", null))
				.replaced("acme.sales", """
						owner AE
						      source "CRM: closed-won opportunities, first-year ARR"
						    }
						""", """
						owner AE
						    }
						""")
				.noNewFindings();
	}

	@Test
	void aKpiTargetNoRitualReviewsIsReported() {
		EditFixture.acme(temp).apply(new EditOperation.SetProperty("DealsWon", "target", "300"))
				.newFindings("unreviewed-kpi AcmeEmea.DealsWon");
	}

	@Test
	void inTheMultiFileEngineTheElementsFileChanges() {
		EditFixture.acmeSplit(temp).apply(new EditOperation.SetProperty("AE", "headcount", "14"))
				.changedFiles("structure.sales")
				.replaced("structure.sales", "{ headcount 12 carries", "{ headcount 14 carries")
				.noNewFindings();
	}

	@Test
	void badValuesAreRefusedWithTheConvertersMessage() {
		EditFixture acme = EditFixture.acme(temp);
		assertRefused(acme, new EditOperation.SetProperty("Lead", "conversion", "45"), "invalid conversion '45': expected a percentage such as 40%, not '45'");
		assertRefused(acme, new EditOperation.SetProperty("AE", "ramp", "6 weeks"), "invalid ramp '6 weeks': the unit is days or months, not 'weeks'");
		assertRefused(acme, new EditOperation.SetProperty("AEPlan", "mix", "60"), "mix is written base/incentive, such as 60/40, not '60'");
		assertRefused(acme, new EditOperation.SetProperty("AE", "conversion", "40%"), "role AE has no conversion: it is a setting of a stage");
		assertRefused(acme, new EditOperation.SetProperty("AE", "colour", "red"), "unknown property 'colour': expected one of "
				+ org.salesengine.edit.Property.words());
	}
}
