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
