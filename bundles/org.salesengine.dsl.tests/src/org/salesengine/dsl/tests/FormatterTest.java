package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.formatting2.EngineFormatting;
import org.salesengine.model.Engine;

import com.google.inject.Inject;

/** The layout the formatter produces, on text written carelessly. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class FormatterTest {
	@Inject
	private ParseHelper<Engine> parser;
	@Inject
	private EngineFormatting formatting;

	@Test
	void indentsMultiLineBlocksKeepsOneLineBlocksAndTidiesSpaces() throws Exception {
		String messy = """
				engine   Acme "Acme"{
				currency EUR
				      strategy {
				revenue target    16M


				objective NewLogos  { priority   1 }
				  }
				  structure { role AE {headcount 12   carries quota}
				team T { members AE , AE covers   MidMarket }
				  }
				metrics {
				kpi WinRate { unit percent formula ( DealsWon / ( DealsWon+DealsLost ) ) * 100% } // why
				}
				compensation { plan P { mix 50 / 50 } }
				}""";
		String expected = """
				engine Acme "Acme" {
				  currency EUR
				  strategy {
				    revenue target 16M

				    objective NewLogos { priority 1 }
				  }
				  structure {
				    role AE { headcount 12 carries quota }
				    team T { members AE, AE covers MidMarket }
				  }
				  metrics {
				    kpi WinRate { unit percent formula (DealsWon / (DealsWon + DealsLost)) * 100% } // why
				  }
				  compensation { plan P { mix 50/50 } }
				}
				""";
		assertEquals(expected, format(messy));
	}

	@Test
	void formatsTheConstructsOfRealPlansAndStructures() throws Exception {
		String messy = """
				engine E {
				structure { territory Emea   "EMEA" {segments MidMarket ,Enterprise}
				channel Partners { managed   by Boss , Ops covers MidMarket }
				team Inner   in Outer { territory Emea }
				process P for MidMarket   through Partners , Resellers { territory  Emea }
				}
				compensation {
				plan AE {
				payout   quarterly
				draw 10k  per month for 3 months   non-recoverable
				clawback 90 days on   churn
				measure K weight 90% { quota 180k ,225k, 225k , 270k by   quarter tiers {0.5x below 50% , 2x above 50%} }
				mbo Plans   "Account plans" weight 10% {chance 80%}
				}
				spif S { bonus 2%   of amount }
				}
				}""";
		String expected = """
				engine E {
				  structure {
				    territory Emea "EMEA" { segments MidMarket, Enterprise }
				    channel Partners { managed by Boss, Ops covers MidMarket }
				    team Inner in Outer { territory Emea }
				    process P for MidMarket through Partners, Resellers { territory Emea }
				  }
				  compensation {
				    plan AE {
				      payout quarterly
				      draw 10k per month for 3 months non-recoverable
				      clawback 90 days on churn
				      measure K weight 90% { quota 180k, 225k, 225k, 270k by quarter tiers { 0.5x below 50%, 2x above 50% } }
				      mbo Plans "Account plans" weight 10% { chance 80% }
				    }
				    spif S { bonus 2% of amount }
				  }
				}
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	@Test
	void aScenarioSetsOnePropertyALineWithItsPathWrittenWhole() throws Exception {
		String messy = """
				engine Acme {
				structure { role SDR { headcount 10 } }
				scenarios {
				scenario More "More SDRs" {
				set SDR . headcount 14   set SDR.hires +  2 on 2027-07-01
				}
				scenario Less { set SDR.headcount   8 }
				}
				}""";
		String expected = """
				engine Acme {
				  structure { role SDR { headcount 10 } }
				  scenarios {
				    scenario More "More SDRs" {
				      set SDR.headcount 14
				      set SDR.hires + 2 on 2027-07-01
				    }
				    scenario Less { set SDR.headcount 8 }
				  }
				}
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	@Test
	void keepsCrlfLineEndings() throws Exception {
		assertEquals("engine W {\r\n  currency EUR\r\n}\r\n", format("engine W {\r\ncurrency EUR\r\n}"));
	}

	private String format(String text) throws Exception {
		Engine engine = parser.parse(text);
		return formatting.format((XtextResource) engine.eResource());
	}
}
