package org.salesengine.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.edit.Breakage;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;

/**
 * delete: the element's text goes whole, references to it leave their lists, and references that would point at
 * nothing are listed first; forcing removes their clauses too.
 */
class DeleteTest {
	@TempDir
	Path temp;

	@Test
	void aRitualNothingRefersToGoesWholeAndItsKpisAreNoLongerReviewed() {
		EditFixture.acme(temp).apply(new EditOperation.Delete("ForecastCall", false))
				.changedFiles("acme.sales")
				.replaced("acme.sales", """
						    ritual ForecastCall "Weekly forecast call" {
						      cadence weekly
						      led by Manager
						      attended by AE, AM
						      reviews NewARR, ExpansionARR, ExpansionPipeline, NRR
						    }
						""", "")
				// ForecastCall was the only ritual to review these four
				.newFindings("unreviewed-kpi AcmeEmea.NewARR", "unreviewed-kpi AcmeEmea.NRR", "unreviewed-kpi AcmeEmea.ExpansionARR",
						"unreviewed-kpi AcmeEmea.ExpansionPipeline");
	}

	@Test
	void referencesThatWouldDangleAreListedAndNothingChanges() {
		EditFixture acme = EditFixture.acme(temp);
		String before = acme.text("acme.sales");
		EditResult result = acme.compute(new EditOperation.Delete("SDR", false));
		assertFalse(result.applied());
		assertEquals("deleting role SDR would leave 3 references pointing at nothing; nothing changed (force the deletion to remove them too)",
				result.message());
		assertEquals(List.of("acme.sales:31:31: stage NewBusiness.Lead: owner SDR is removed", "acme.sales:96:62: KPI MeetingsBooked: owner SDR is removed",
				"acme.sales:119:47: plan SDRPlan: for SDR is removed"), result.breakages().stream().map(Breakage::describe).toList());
		assertEquals(List.of(), result.files());
		assertEquals(before, acme.text("acme.sales"));
	}

	@Test
	void forcedTheDanglingClausesGoAndTheListsLoseTheRole() {
		EditFixture.acme(temp).apply(new EditOperation.Delete("SDR", true))
				.replacedEach("acme.sales",
						"    role SDR \"Sales development representative\" { headcount 10 ramp 3 months reports to Manager }\n", "",
						"members SDR, AE covers", "members AE covers",
						"stage Lead      { owner SDR exit", "stage Lead      { exit",
						"      expected of SDR\n", "",
						"      attended by SDR\n", "",
						"target 1800 supports NewLogos owner SDR\n", "target 1800 supports NewLogos\n",
						"plan SDRPlan \"Sales development plan\" for SDR {", "plan SDRPlan \"Sales development plan\" {")
				.newFindings("stage-without-owner AcmeEmea.Lead", "plan-without-role AcmeEmea.SDRPlan");
	}

	@Test
	void aKpiInAFormulaTakesTheFormulaWhenForced() {
		EditFixture acme = EditFixture.acme(temp);
		assertEquals(List.of("acme.sales:93:15: KPI WinRate: its formula uses DealsWon and is removed"),
				acme.compute(new EditOperation.Delete("DealsWon", false)).breakages().stream().map(Breakage::describe).toList());
		acme.apply(new EditOperation.Delete("DealsWon", true))
				.replacedEach("acme.sales",
						"    kpi DealsWon \"Deals won\" { unit count lagging }\n", "",
						"      formula DealsWon / (DealsWon + DealsLost)\n", "");
	}

	@Test
	void inTheMultiFileEngineTheListsOfOtherFilesLoseTheKpi() {
		EditFixture.acmeSplit(temp).apply(new EditOperation.Delete("Pipeline", false))
				.changedFiles("culture.sales", "metrics.sales")
				.replaced("culture.sales", "      reviews Pipeline, WinRate, StakeholdersPerDeal\n", "      reviews WinRate, StakeholdersPerDeal\n")
				.replaced("metrics.sales", """
						    kpi Pipeline "Qualified pipeline created" {
						      unit currency leading target 36M supports NewLogos owner AE
						    }
						""", "")
				.noNewFindings();
	}

	@Test
	void theLastElementOfASectionLeavesTheSectionAndTheCommentsBeforeIt() {
		EditFixture.of(temp, "small.sales", CreateTest.SMALL, "Small").apply(new EditOperation.Delete("Revenue", false))
				.replaced("small.sales", """
						  metrics {
						    // revenue first
						    kpi Revenue { unit currency lagging target 1M supports Grow } // the only one
						  }
						""", """
						  metrics { }
						""")
				.newFindings("unmeasured-objective Small.Grow");
	}
}
