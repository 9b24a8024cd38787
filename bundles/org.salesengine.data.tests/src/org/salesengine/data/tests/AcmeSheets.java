package org.salesengine.data.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** acme's roster and plans as a client would send them: as CSV, and as a workbook with real number and percentage cells. */
final class AcmeSheets {
	static final String ROSTER_CSV = """
			Role,Title,Headcount,Ramp,Quota,Reports to
			Manager,Sales manager,3,,,
			SDR,Sales development representative,10,3,,Manager
			AE,Account executive,12,6 months,1.1M,Manager
			AM,Account manager,5,,yes,Sales manager
			""";

	static final String PLANS_CSV = """
			Plan,Plan name,Role,OTE,Mix,Measure,Weight,Quota,Threshold,Accelerator,Accelerator above,Cap
			AEPlan,Account executive plan,AE,140k,50/50,NewARR,80%,1.1M,50%,2x,100%,300%
			AEPlan,,,,,WinRate,20%,,80%,,,150%
			SDRPlan,Sales development plan,SDR,"70,000",70/30,MeetingsBooked,100%,180,50%,1.5x,100%,200%
			AMPlan,Account manager plan,AM,€110k,60/40,ExpansionARR,60%,900k,50%,,,250%
			AMPlan,,,,,NRR,40%,112%,95%,,,150%
			""";

	private AcmeSheets() {
	}

	static Path rosterCsv(Path dir) throws Exception {
		return Files.writeString(dir.resolve("roster.csv"), ROSTER_CSV);
	}

	static Path plansCsv(Path dir) throws Exception {
		return Files.writeString(dir.resolve("plans.csv"), PLANS_CSV);
	}

	static Path rosterXlsx(Path dir) throws Exception {
		return Workbooks.write(dir.resolve("roster.xlsx"), List.of(
				List.of("role", "TITLE", "Headcount", "Ramp (months)", "Carries quota", "Reports To"),
				List.of("Manager", "Sales manager", 3),
				row("SDR", "Sales development representative", 10, 3, null, "Manager"),
				List.of("AE", "Account executive", 12, 6, "yes", "Manager"),
				row("AM", "Account manager", 5, null, "yes", "Manager")));
	}

	static Path plansXlsx(Path dir) throws Exception {
		return Workbooks.write(dir.resolve("plans.xlsx"), List.of(
				List.of("Plan", "Plan name", "Role", "On target earnings", "Mix", "KPI", "Weight", "Quota", "Threshold", "Accelerator", "Above", "Cap"),
				List.of("AEPlan", "Account executive plan", "AE", 140000, "50/50", "NewARR", p(0.8), 1100000, p(0.5), 2, p(1), p(3)),
				row("AEPlan", null, null, null, null, "WinRate", p(0.2), null, p(0.8), null, null, p(1.5)),
				List.of("SDRPlan", "Sales development plan", "SDR", 70000, "70/30", "MeetingsBooked", p(1), 180, p(0.5), 1.5, p(1), p(2)),
				row("AMPlan", "Account manager plan", "AM", 110000, "60/40", "ExpansionARR", p(0.6), 900000, p(0.5), null, null, p(2.5)),
				row("AMPlan", null, null, null, null, "NRR", p(0.4), p(1.12), p(0.95), null, null, p(1.5))));
	}

	private static Workbooks.Percent p(double value) {
		return Workbooks.percent(value);
	}

	/** A row with gaps (List.of refuses nulls). */
	private static List<Object> row(Object... cells) {
		return java.util.Arrays.asList(cells);
	}
}
