package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.scenario.ScenarioChange;
import org.salesengine.analysis.scenario.ScenarioCopies;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.scenario.ScenarioFinding;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.Cadence;
import org.salesengine.model.Measure;
import org.salesengine.model.Role;
import org.salesengine.model.Stage;
import org.salesengine.model.TimeUnit;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/** Each kind of override applied to a copy, the base untouched, and the copy validated as a whole. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class ScenarioApplyTest {
	private static final String ENGINE = """
			engine Kinds {
			  period 2027-01-01 to 2027-12-31
			  strategy { revenue target 10M }
			  structure {
			    role AE { headcount 10 carries quota ramp 6 months hires 2 on 2027-03-01 }
			    process NewBusiness { produces NewARR average deal 50k
			      stage Lead { conversion 40% duration 10 days } stage Close { conversion 50% } won Won lost Lost }
			  }
			  culture { ritual Review { cadence weekly attended by AE reviews NewARR } }
			  metrics { kpi NewARR { unit currency target 10M } }
			  compensation { plan AEPlan for AE { on target earnings 100k mix 50/50
			    measure NewARR weight 100% { quota 1M accelerator 2x } } }
			  scenarios {
			    scenario All "Every kind" {
			      set AE.headcount 14
			      set Lead.conversion 45%
			      set NewBusiness.Close.duration 3 months
			      set AEPlan.NewARR.quota 1.2M
			      set AEPlan.NewARR.accelerator 1.5x
			      set Review.cadence biweekly
			      set AE.ramp 4 months
			      set AE.hires + 4 on 2027-07-01
			      set Kinds.revenueTarget 12M
			    }
			    scenario Short { set AE.headcount 2 }
			  }
			}
			""";

	@Inject
	private EngineLoader loader;
	@Inject
	private ScenarioCopies copies;
	@TempDir
	Path folder;

	private LoadedEngines load() throws IOException {
		Path file = folder.resolve("kinds.sales");
		Files.writeString(file, ENGINE);
		return Engines.load(loader, file);
	}

	private ScenarioEngine apply(LoadedEngines loaded, String name) {
		WholeEngine base = loaded.engines().get(0);
		return copies.apply(base, EngineFindings.of(loaded, base), ScenarioCopies.find(base, name), ScenarioCopies.fileNames(loaded));
	}

	@Test
	void everyKindOfOverrideIsAppliedToTheCopyOnly() throws IOException {
		LoadedEngines loaded = load();
		WholeEngine base = loaded.engines().get(0);
		ScenarioEngine all = apply(loaded, "All");
		WholeEngine copy = all.engine();
		assertNotSame(base.fragments().get(0), copy.fragments().get(0));

		Role ae = copy.roles().get(0);
		assertEquals(14, ae.getHeadcount());
		assertEquals(4, ae.getRamp().getValue());
		assertEquals(TimeUnit.MONTHS, ae.getRamp().getUnit());
		assertEquals(List.of(2, 4), ae.getHires().stream().map(h -> h.getCount()).toList());
		assertEquals("2027-07-01", ae.getHires().get(1).getDate());
		Stage lead = copy.processes().get(0).getStages().get(0);
		Stage close = copy.processes().get(0).getStages().get(1);
		assertEquals(0, new BigDecimal("0.45").compareTo(lead.getConversion()));
		assertEquals(3, close.getDuration().getValue());
		Measure measure = copy.plans().get(0).getMeasures().get(0);
		assertEquals(0, new BigDecimal("1200000").compareTo(measure.getQuota()));
		assertEquals(0, new BigDecimal("1.5").compareTo(measure.getAccelerator()));
		assertEquals(Cadence.FORTNIGHTLY, copy.rituals().get(0).getCadence());
		assertEquals(0, new BigDecimal("12000000").compareTo(copy.revenueTarget()));
		// The copy's references are the copy's: the plan pays the copied role, the measure the copied KPI.
		assertEquals(ae, copy.plans().get(0).getRole());
		assertEquals(copy.kpis().get(0), measure.getKpi());

		// The base is as written.
		Role baseAe = base.roles().get(0);
		assertEquals(10, baseAe.getHeadcount());
		assertEquals(1, baseAe.getHires().size());
		assertEquals(6, baseAe.getRamp().getValue());
		assertEquals(0, new BigDecimal("0.4").compareTo(base.processes().get(0).getStages().get(0).getConversion()));
		assertEquals(Cadence.WEEKLY, base.rituals().get(0).getCadence());
		assertEquals(0, new BigDecimal("10000000").compareTo(base.revenueTarget()));

		// Each change as the engine writes values.
		assertEquals(List.of("AE.headcount 10 → 14", "NewBusiness.Lead.conversion 40% → 45%",
				"NewBusiness.Close.duration (none) → 3 months", "AEPlan.NewARR.quota 1M → 1.2M", "AEPlan.NewARR.accelerator 2x → 1.5x",
				"Review.cadence weekly → fortnightly", "AE.ramp 6 months → 4 months", "AE.hires 2 on 2027-03-01 → + 4 on 2027-07-01",
				"Kinds.revenueTarget 10M → 12M"),
				all.changes().stream().map(ScenarioApplyTest::written).toList());
		assertEquals("Kinds.AE", all.changes().get(0).element());
		assertEquals("Kinds.Lead", all.changes().get(1).element()); // the id findings and diagrams use (ElementIds.of)
		assertEquals("Kinds.NewBusiness.Lead", all.changes().get(1).name()); // the id diff and the JSON outputs use
		assertEquals("Kinds.AEPlan.NewARR", all.changes().get(3).element());
	}

	/** A value of every unit kind, as the engine writes it and as compare, diff and calibrate show it. */
	private static final String UNITS = """
			engine Units {
			  period 2027-01-01 to 2027-12-31
			  strategy { revenue target 16M }
			  structure {
			    role SDR { headcount 10 ramp 3 months }
			    process NewBusiness { produces Meetings stage Lead { conversion 40% duration 10 days } won Won lost Lost }
			    process Renewal { produces Meetings stage Lead { conversion 90% duration 30 days } won Renewed lost Churned }
			  }
			  culture { ritual Standup { cadence daily attended by SDR reviews Meetings, WinRate } }
			  metrics {
			    kpi Meetings { unit count target 1800 }
			    kpi WinRate { unit percent target 25% }
			    kpi Pipeline { unit currency target 36M }
			    kpi Coverage { unit ratio target 3 }
			  }
			  compensation { plan SDRPlan for SDR { on target earnings 70k mix 70/30
			    measure Meetings weight 60% { quota 180 accelerator 1.5x above 100% cap 200% }
			    measure WinRate weight 40% { quota 112% threshold 95% } } }
			  scenarios {
			    scenario Units {
			      set SDRPlan.WinRate.quota 115%
			      set WinRate.target 30%
			      set Pipeline.target 40.5M
			      set Coverage.target 3.5
			      set SDRPlan.Meetings.quota 200
			      set SDRPlan.Meetings.accelerator 2x
			      set SDRPlan.Meetings.acceleratorAbove 110%
			      set SDRPlan.onTargetEarnings 75k
			      set Renewal.Lead.conversion 85%
			      set NewBusiness.Lead.duration 1 day
			      set SDR.ramp 1 month
			      set Standup.cadence biweekly
			      set SDR.hires + 2 on 2027-07-01
			      set Units.revenueTarget 17.5M
			    }
			  }
			}
			""";

	@Test
	void everyUnitKindIsShownAsTheLanguageWritesIt() throws IOException {
		Path file = folder.resolve("units.sales");
		Files.writeString(file, UNITS);
		LoadedEngines loaded = Engines.load(loader, file);
		ScenarioEngine units = apply(loaded, "Units");
		// A percent KPI's quota and target are percentages (the Quantity converter alone wrote 1.12 and 0.25); an amount
		// is 45k or 40.5M, a count plain, a multiplier 2x, a duration in days or months (singular for one), an
		// enumeration its keyword's literal (biweekly is read as fortnightly), a hire as added.
		assertEquals(List.of("SDRPlan.WinRate.quota 112% → 115%", "WinRate.target 25% → 30%", "Pipeline.target 36M → 40.5M",
				"Coverage.target 3 → 3.5", "SDRPlan.Meetings.quota 180 → 200", "SDRPlan.Meetings.accelerator 1.5x → 2x",
				"SDRPlan.Meetings.acceleratorAbove 100% → 110%", "SDRPlan.onTargetEarnings 70k → 75k",
				"Renewal.Lead.conversion 90% → 85%", "NewBusiness.Lead.duration 10 days → 1 day", "SDR.ramp 3 months → 1 month",
				"Standup.cadence daily → fortnightly", "SDR.hires (none) → + 2 on 2027-07-01", "Units.revenueTarget 16M → 17.5M"),
				units.changes().stream().map(ScenarioApplyTest::written).toList());
		// Two processes have a stage Lead: the change names the one it sets, as the language writes it.
		assertEquals("Units.Renewal.Lead", units.changes().get(8).name());
		assertEquals("Units.NewBusiness.Lead", units.changes().get(9).name());
		assertEquals("Units.SDRPlan.WinRate", units.changes().get(0).name());
		assertEquals("Units", units.changes().get(13).name());
	}

	private static String written(ScenarioChange change) {
		return change.path() + " " + change.before() + " → " + change.after();
	}

	@Test
	void theCopyIsValidatedAsAWholeAndLocatedInTheBasesText() throws IOException {
		LoadedEngines loaded = load();
		WholeEngine base = loaded.engines().get(0);
		List<Finding> baseFindings = EngineFindings.of(loaded, base);
		ScenarioEngine shortHanded = apply(loaded, "Short");
		assertTrue(shortHanded.checked());
		// 2 AEs + 2 hires at 1M: street quota 4M against 10M, 40%: quota-under-assigned, which the base (12 heads,
		// 12M, 120%) does not have. It is reported where the base's revenue target is written, line 3.
		List<Finding> added = ScenarioFinding.beyond(baseFindings, shortHanded.findings());
		assertTrue(added.stream().anyMatch(f -> f.code().equals("quota-under-assigned") && f.line() == 3
				&& f.message().startsWith("street quota 4M (AEPlan 1M × 4)")), added.toString());
		assertFalse(baseFindings.stream().anyMatch(f -> f.code().equals("quota-under-assigned")), baseFindings.toString());
		// The findings the base has, the copy has too, at the same places: nothing is lost in the copy.
		assertEquals(5, baseFindings.size(), baseFindings.toString());
		assertEquals(List.of(), ScenarioFinding.beyond(shortHanded.findings(), baseFindings));
	}
}
