package org.salesengine.bench.analysis;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.analysis.simulation.AttainmentDistribution;
import org.salesengine.analysis.simulation.PayoutSimulation;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.analysis.simulation.SimulationSettings;

/**
 * How long the payout simulation takes for one million rep-years. The sales force is acme's (examples/acme.sales):
 * 12 AEs on two measures, 10 SDRs on one, 5 AMs on two, with acme's payout curves, built here from the same figures
 * the analysis computes, so that parsing is not part of what is measured. One million rep-years is 37,038 simulated
 * years of these 27 reps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PayoutSimulationBenchmark {
	static final long REP_YEARS = 1_000_000;

	/** 0: measures independent; 0.5: a rep's measures move together (a common factor per rep). */
	@Param({ "0", "0.5" })
	double correlation;

	private List<PlanPay> salesForce;
	private SimulationSettings settings;

	@Setup
	public void setUp() {
		salesForce = acme();
		int reps = salesForce.stream().mapToInt(PlanPay::headcount).sum();
		long years = (REP_YEARS + reps - 1) / reps;
		settings = new SimulationSettings(years, 1, AttainmentDistribution.DEFAULT, correlation);
	}

	@Benchmark
	public SimulationResult millionRepYears() {
		return PayoutSimulation.run(salesForce, settings);
	}

	static List<PlanPay> acme() {
		return List.of(
				new PlanPay("AcmeEmea.AEPlan", "AE", 12, 140_000, 70_000.0, 70_000.0, List.of(
						new MeasurePay("AcmeEmea.AEPlan.NewARR", "NewARR", 0.8, 56_000, PayoutCurve.classic(0.5, 2, 1, 3)),
						new MeasurePay("AcmeEmea.AEPlan.WinRate", "WinRate", 0.2, 14_000, PayoutCurve.classic(0.8, 1, 1, 1.5)))),
				new PlanPay("AcmeEmea.SDRPlan", "SDR", 10, 70_000, 49_000.0, 21_000.0, List.of(
						new MeasurePay("AcmeEmea.SDRPlan.MeetingsBooked", "MeetingsBooked", 1.0, 21_000, PayoutCurve.classic(0.5, 1.5, 1, 2)))),
				new PlanPay("AcmeEmea.AMPlan", "AM", 5, 110_000, 66_000.0, 44_000.0, List.of(
						new MeasurePay("AcmeEmea.AMPlan.ExpansionARR", "ExpansionARR", 0.6, 26_400, PayoutCurve.classic(0.5, 1, 1, 2.5)),
						new MeasurePay("AcmeEmea.AMPlan.NRR", "NRR", 0.4, 17_600, PayoutCurve.classic(0.95, 1, 1, 1.5)))));
	}
}
