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
import org.salesengine.testing.TestFiles;

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
	void keepsTheReferenceExampleAsWritten() throws Exception {
		String acme = TestFiles.exampleText("acme.sales");
		assertEquals(acme, format(acme));
	}

	@Test
	void keepsARunOfStagesAlignedInColumns() throws Exception {
		assertEquals(ALIGNED, format(ALIGNED));
	}

	@Test
	void reAlignsARunWhenAValueGetsWider() throws Exception {
		// Discovery's owner grows from AE (2 characters) to Manager (7): "exit" moves to 7 + 1 after "owner " on
		// every line; the stage names keep their column (Discovery, 9, is the widest) and so do the exit texts.
		String edited = ALIGNED.replace("owner AE  exit \"Pain", "owner Manager  exit \"Pain");
		String expected = """
				engine E {
				  structure {
				    process P {
				      stage Lead      { owner SDR     exit "ICP fit"         conversion 40% duration 10 days }
				      stage Discovery { owner Manager exit "Pain and budget" conversion 50% duration 21 days }
				      stage Proposal  { owner AE      exit "Plan signed"     conversion 45% duration 30 days }
				    }
				  }
				}
				""";
		assertEquals(expected, format(edited));
		assertEquals(expected, format(expected));
	}

	@Test
	void reAlignsARunWhenAValueGetsNarrower() throws Exception {
		// The widest exit text shrinks from "Pain and budget" (17 characters with its quotes) to "Pain" (6): the
		// widest is now "Plan signed" (13), so "conversion" starts 13 + 1 after the exit texts' column.
		String edited = ALIGNED.replace("\"Pain and budget\"", "\"Pain\"");
		String expected = """
				engine E {
				  structure {
				    process P {
				      stage Lead      { owner SDR exit "ICP fit"     conversion 40% duration 10 days }
				      stage Discovery { owner AE  exit "Pain"        conversion 50% duration 21 days }
				      stage Proposal  { owner AE  exit "Plan signed" conversion 45% duration 30 days }
				    }
				  }
				}
				""";
		assertEquals(expected, format(edited));
		assertEquals(expected, format(expected));
	}

	@Test
	void aRunWrittenWithSingleSpacesStaysSingleSpaced() throws Exception {
		String text = """
				engine E {
				  structure {
				    role Manager { headcount 3 }
				    role SDR { headcount 10 }
				    role AE { headcount 12 carries quota }
				  }
				}
				""";
		assertEquals(text, format(text));
	}

	@Test
	void aBlankLineEndsARun() throws Exception {
		// Lead and Discovery stay a run, aligned as written; after the blank line Proposal is on its own, so its
		// padding becomes single spaces.
		String text = ALIGNED.replace("\n      stage Proposal  ", "\n\n      stage Proposal  ");
		String expected = ALIGNED.replace("\n      stage Proposal  ", "\n\n      stage Proposal ")
				.replace("owner AE  exit \"Plan signed\"     ", "owner AE exit \"Plan signed\" ");
		assertEquals(expected, format(text));
	}

	@Test
	void commentTextIsNeverChanged() throws Exception {
		String text = """
				engine E {
				//   column zero,   two spaces
				  structure {
				    /* a block
				          written   freely
				    */
				    role Manager { headcount 3 } //trailing, no space
				  }
				}
				""";
		String expected = """
				engine E {
				  //   column zero,   two spaces
				  structure {
				    /* a block
				          written   freely
				    */
				    role Manager { headcount 3 } //trailing, no space
				  }
				}
				""";
		assertEquals(expected, format(text));
	}

	@Test
	void aCommentIsIndentedLikeTheCodeItPrecedes() throws Exception {
		String text = """
				engine E {
				  structure {
				        // the sales roles
				    role Manager { headcount 3 }
				    // nothing after the roles yet
				  }
				      // the metrics
				  metrics {
				  }
				}
				""";
		String expected = """
				engine E {
				  structure {
				    // the sales roles
				    role Manager { headcount 3 }
				  // nothing after the roles yet
				  }
				  // the metrics
				  metrics {
				  }
				}
				""";
		assertEquals(expected, format(text));
		assertEquals(expected, format(expected));
	}

	/** Stage names, owners and exit texts padded to their widest; the other columns have equal widths. */
	private static final String ALIGNED = """
			engine E {
			  structure {
			    process P {
			      stage Lead      { owner SDR exit "ICP fit"         conversion 40% duration 10 days }
			      stage Discovery { owner AE  exit "Pain and budget" conversion 50% duration 21 days }
			      stage Proposal  { owner AE  exit "Plan signed"     conversion 45% duration 30 days }
			    }
			  }
			}
			""";

	@Test
	void keepsCrlfLineEndings() throws Exception {
		assertEquals("engine W {\r\n  currency EUR\r\n}\r\n", format("engine W {\r\ncurrency EUR\r\n}"));
	}

	private String format(String text) throws Exception {
		Engine engine = parser.parse(text);
		return formatting.format((XtextResource) engine.eResource());
	}
}
