package org.salesengine.edit.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.ElementKind;

/**
 * create: a new element after the last one of its kind in its section (or in its process), with a fresh name, laid
 * out as the formatter lays it out; a section is added when the file has none.
 */
class CreateTest {
	@TempDir
	Path temp;

	private static EditOperation.Create create(ElementKind kind, String name, String parent) {
		return new EditOperation.Create(kind, name, parent, null, null);
	}

	@Test
	void aKpiWithoutANameIsKpi1AfterTheLastKpi() {
		EditFixture.acme(temp).apply(create(ElementKind.KPI, null, null))
				.changedFiles("acme.sales")
				.replaced("acme.sales", """
						      unit currency leading target 10M supports Expansion owner AM
						    }
						  }
						""", """
						      unit currency leading target 10M supports Expansion owner AM
						    }
						    kpi Kpi1
						  }
						""")
				.newFindings("orphan-kpi AcmeEmea.Kpi1");
	}

	@Test
	void aTakenNameGetsANumberAndTheDisplayNameIsWritten() {
		EditFixture.acme(temp).apply(new EditOperation.Create(ElementKind.ROLE, "AE", null, "Second account executive", null))
				.replaced("acme.sales", """
						    role AM "Account manager" { headcount 5 carries quota reports to Manager }
						""", """
						    role AM "Account manager" { headcount 5 carries quota reports to Manager }
						    role AE2 "Second account executive"
						""")
				.noNewFindings();
	}

	@Test
	void aStageGoesAfterTheLastStageOfItsProcess() {
		EditFixture.acme(temp).apply(create(ElementKind.STAGE, "Demo", "NewBusiness"))
				.replaced("acme.sales", """
						conversion 80% duration 14 days }
						      won ClosedWon
						""", """
						conversion 80% duration 14 days }
						      stage Demo
						      won ClosedWon
						""")
				// a stage without a conversion leaves its funnel unsized, so it no longer brings in its part of the target
				.newFindings("target-outside-funnels AcmeEmea", "funnel-not-sized AcmeEmea.NewBusiness", "stage-without-exit AcmeEmea.Demo",
						"stage-without-owner AcmeEmea.Demo");
	}

	@Test
	void aSectionIsAddedWhenTheFileHasNoneAndCommentsStay() {
		EditFixture.of(temp, "small.sales", SMALL, "Small").apply(create(ElementKind.RITUAL, "Weekly", null))
				.replaced("small.sales", """
						  }
						}
						""", """
						  }
						  culture { ritual Weekly }
						}
						""")
				.newFindings("ritual-without-kpi Small.Weekly");
	}

	@Test
	void inTheMultiFileEngineAKpiGoesToTheFileWithTheMetricsSection() {
		EditFixture.acmeSplit(temp).apply(create(ElementKind.KPI, "Churn", null))
				.changedFiles("metrics.sales")
				.replaced("metrics.sales", """
						supports Expansion owner AM
						    }
						  }
						""", """
						supports Expansion owner AM
						    }
						    kpi Churn
						  }
						""")
				.newFindings("orphan-kpi AcmeEmea.Churn");
	}

	@Test
	void aMeasureIsCreatedInItsPlanNamedByItsKpi() {
		EditFixture.acme(temp).apply(create(ElementKind.MEASURE, "Pipeline", "SDRPlan"))
				.replaced("acme.sales", """
						accelerator 1.5x above 100% cap 200% }
						""", """
						accelerator 1.5x above 100% cap 200% }
						      measure Pipeline
						""")
				.noNewFindings();
	}

	/** A small engine with comments before, inside and after elements. */
	static final String SMALL = """
			// A small engine.
			engine Small {
			  strategy {
			    // the one objective
			    objective Grow { priority 1 }
			  }

			  metrics {
			    // revenue first
			    kpi Revenue { unit currency lagging target 1M supports Grow } // the only one
			  }
			}
			""";
}
