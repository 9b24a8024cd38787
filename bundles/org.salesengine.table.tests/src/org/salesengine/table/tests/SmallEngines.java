package org.salesengine.table.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.Engines;

/** Small engines written for one test, read as the command line reads files. */
final class SmallEngines {
	/** Two objectives, two KPIs, one ritual, one plan: small enough to write its tables out by hand. */
	static final String MINI = """
			engine Mini "Mini Co" {
			  strategy {
			    objective Grow "Grow revenue" { priority 1 }
			    objective Keep { priority 2 }
			  }
			  structure {
			    role AE { headcount 2 carries quota }
			  }
			  culture {
			    ritual Review { cadence weekly led by AE reviews Bookings }
			  }
			  metrics {
			    kpi Bookings "Bookings won" { unit currency lagging target 1M supports Grow owner AE }
			    kpi Calls { unit count leading supports Grow }
			  }
			  compensation {
			    plan AEPlan for AE { on target earnings 100k mix 50/50 measure Bookings weight 100% { quota 500k } }
			  }
			}
			""";

	/** Display names that a CSV or an SVG writer must escape, and one that a spreadsheet would run as a formula. */
	static final String HOSTILE = """
			engine Quoting "Quoting, <Inc> & \\"Co\\"" {
			  structure {
			    role AE "Sales, \\"field\\"\\nteam" { headcount 2 }
			    role Hacker "=HYPERLINK(\\"http://example.invalid\\",\\"click\\")" { headcount 1 }
			    role Markup "<script>alert('x')</script> & more" { headcount 3 reports to AE }
			    role Signs "+1, -1 and @all" { }
			    role All "=1+2, \\"three\\"\\nfour" { }
			  }
			}
			""";

	/** References to nothing everywhere: what a file looks like while it is being written. */
	static final String DANGLING = """
			engine Dangling {
			  strategy { objective O1 { priority 1 } }
			  structure {
			    role R1 { reports to Nobody carries quota }
			    process P for Nowhere { stage S1 { owner Ghost conversion 40% } }
			  }
			  culture {
			    behavior B { expected of Ghost during Missing indicator NoKpi reinforced by NoRitual }
			    ritual Rt { led by Ghost attended by Ghost reviews NoKpi }
			  }
			  metrics { kpi K { supports NoObjective owner Ghost formula NoKpi + 1 } }
			  compensation {
			    plan Pl for Ghost { measure NoKpi weight 50% { quota 10 } }
			    spif Sp for Ghost { rewards NoKpi }
			  }
			}
			""";

	private SmallEngines() {
	}

	static WholeEngine load(EngineLoader loader, Path folder, String name, String text) {
		try {
			Path file = folder.resolve(name + ".sales");
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return Engines.engine(loader, file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
