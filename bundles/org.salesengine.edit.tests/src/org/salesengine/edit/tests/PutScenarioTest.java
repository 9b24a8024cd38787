package org.salesengine.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salesengine.edit.tests.ConnectTest.assertRefused;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditOperation.PutScenario;
import org.salesengine.edit.EditOperation.PutScenario.Setting;
import org.salesengine.edit.EditResult;

/**
 * put scenario: the scenario a caller computes (calibrate's Observed) written as the language writes a scenarios
 * section, one set per line; a scenario of that name replaced where it stands, everything around it byte-identical.
 */
class PutScenarioTest {
	private static final List<Setting> OBSERVED = List.of(new Setting("NewBusiness.Lead", "conversion", "41.6%"),
			new Setting("NewBusiness.Discovery", "duration", "22 days"), new Setting("NewBusiness", "averageDeal", "42k"));
	private static final String COMMENTED = """
			// Acme, with scenarios of its own.
			engine Small {
			  structure {
			    role SDR { headcount 10 }
			    process NewBusiness {
			      average deal 45k
			      stage Lead      { owner SDR conversion 40% duration 10 days } // the first meeting
			      stage Discovery { owner SDR conversion 50% duration 21 days }
			      won ClosedWon
			      lost ClosedLost
			    }
			  }
			  scenarios {
			    // what the board asked for
			    scenario MoreSdrs "Two more SDRs" { set SDR.headcount 12 }
			    // last quarter's figures
			    scenario Observed "Observed in q3.csv" {
			      description "from the CRM"
			      set NewBusiness.Lead.conversion 35%   // too low?
			      set NewBusiness.Discovery.duration 30 days
			    }
			    // keep this one
			    scenario Later { set SDR.headcount 14 }
			  }
			}
			""";

	@TempDir
	Path temp;

	@Test
	void aNewScenarioGoesIntoANewSectionAtTheEndOfTheEngine() {
		EditFixture.acme(temp).apply(new PutScenario("Observed", "Observed in export.csv", OBSERVED, null))
				.changedFiles("acme.sales")
				.replaced("acme.sales", """
						      from 2027-01-01 to 2027-03-31
						    }
						  }
						}
						""", """
						      from 2027-01-01 to 2027-03-31
						    }
						  }
						  scenarios {
						    scenario Observed "Observed in export.csv" {
						      set NewBusiness.Lead.conversion 41.6%
						      set NewBusiness.Discovery.duration 22 days
						      set NewBusiness.averageDeal 42k
						    }
						  }
						}
						""")
				.noNewFindings();
	}

	@Test
	void anExistingScenarioIsReplacedWhereItStandsWithItsCommentsAndDescription() {
		EditFixture fixture = EditFixture.of(temp, "small.sales", COMMENTED, "Small");
		EditOperation put = new PutScenario("Observed", "Observed in export.csv", OBSERVED, null);
		fixture.apply(put).replaced("small.sales", """
				    scenario Observed "Observed in q3.csv" {
				      description "from the CRM"
				      set NewBusiness.Lead.conversion 35%   // too low?
				      set NewBusiness.Discovery.duration 30 days
				    }
				""", """
				    scenario Observed "Observed in export.csv" {
				      description "from the CRM"
				      set NewBusiness.Lead.conversion 41.6%
				      set NewBusiness.Discovery.duration 22 days
				      set NewBusiness.averageDeal 42k
				    }
				""");
		// Again with the same figures: nothing to change.
		EditResult again = fixture.compute(put);
		assertTrue(again.applied(), again.message());
		assertEquals(List.of(), again.files());
	}

	@Test
	void aSingleSetStaysOnTheScenariosLineAndAHireIsAdded() {
		EditFixture fixture = EditFixture.of(temp, "small.sales", COMMENTED, "Small");
		fixture.apply(new PutScenario("Summer", null, List.of(new Setting("SDR", "hires", "+ 4 on 2027-07-01")), null))
				.replaced("small.sales", """
						    scenario Later { set SDR.headcount 14 }
						""", """
						    scenario Later { set SDR.headcount 14 }
						    scenario Summer { set SDR.hires + 4 on 2027-07-01 }
						""")
				.noNewFindings();
	}

	@Test
	void aSetTheValidatorWouldRejectIsRefused() {
		EditFixture fixture = EditFixture.of(temp, "small.sales", COMMENTED, "Small");
		assertRefused(fixture, new PutScenario("Observed", null, List.of(new Setting("NewBusiness.Lead", "conversion", "45")), null),
				"set NewBusiness.Lead.conversion 45: expected a percentage such as 40%, not '45'");
		assertRefused(fixture, new PutScenario("Observed", null, List.of(new Setting("SDR", "colour", "red")), null),
				"role SDR has no property colour a scenario can set; it has headcount, ramp, rampBasis, hires, attrition");
		assertRefused(fixture, new PutScenario("Observed", null, List.of(new Setting("NewBusiness.Qualify", "conversion", "45%")), null),
				"process NewBusiness has no stage, outcome or measure Qualify");
		assertRefused(fixture, new PutScenario("Observed", null, List.of(), null),
				"scenario Observed needs at least one set: a scenario that changes nothing compares to nothing");
	}
}
