package org.salesengine.model.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.model.Behavior;
import org.salesengine.model.CreditType;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;

/**
 * An activity measure (a quota on a count KPI) against the volume the sized funnels need from the stage it feeds.
 * Capacity is quota × nominal heads (a pool's quota once). The KPI is matched to a stage:
 * <ol>
 * <li>the stage the plan's role owns: in each sized funnel, the last stage the role owns, because what a role hands on
 * is what leaves its last stage;</li>
 * <li>otherwise the last stage during which a behavior that has the KPI as its indicator is expected;</li>
 * <li>otherwise it is not compared ({@link #unmatched}).</li>
 * </ol>
 * Needed = Σ over the matched funnels of the volume leaving that stage; coverage = capacity ÷ needed.
 *
 * @param unmatched why the measure is not compared, or null when it is
 */
public record ActivityCapacity(Measure measure, Role role, Kpi kpi, double quota, int heads, double capacity,
		List<Demand> demands, double needed, boolean byOwner, String unmatched) {

	/** The volume one funnel needs out of one stage. */
	public record Demand(FunnelSizing funnel, Stage stage, double neededAtExit, double neededAtEntry) {
	}

	public ActivityCapacity {
		demands = List.copyOf(demands);
	}

	public double coverage() {
		return capacity / needed;
	}

	/**
	 * "funnel NewBusiness needs 1,481.48 out of Lead (3,703.70 in); SDR capacity on MeetingsBooked, 180 × 10 = 1,800,
	 * covers": the comparison, for the validator's finding and the analysis's text alike.
	 */
	public String comparison() {
		StringBuilder text = new StringBuilder();
		for (Demand d : demands) {
			text.append(text.length() == 0 ? "" : "; ").append("funnel ").append(d.funnel().process().getName())
					.append(" needs ").append(Amounts.volume(d.neededAtExit())).append(" out of ").append(d.stage().getName())
					.append(" (").append(Amounts.volume(d.neededAtEntry())).append(" in)");
		}
		String figures = measure.getCredit() == CreditType.POOLED ? "a pool of " + Amounts.volume(capacity)
				: Amounts.volume(quota) + " × " + heads + " = " + Amounts.volume(capacity);
		return text + "; " + role.getName() + " capacity on " + kpi.getName() + ", " + figures + ", covers";
	}

	/** Every activity measure of the engine, compared or with the reason it is not. */
	public static List<ActivityCapacity> of(WholeEngine engine, List<FunnelSizing> funnels) {
		Map<SalesProcess, FunnelSizing> sized = new IdentityHashMap<>();
		funnels.stream().filter(FunnelSizing::sized).forEach(f -> sized.put(f.process(), f));
		Stages stages = new Stages(engine);
		List<ActivityCapacity> result = new ArrayList<>();
		for (Plan plan : engine.plans()) {
			for (Measure measure : plan.getMeasures()) {
				Kpi kpi = measure.getKpi();
				if (WholeEngine.resolved(kpi) && kpi.isSetUnit() && kpi.getUnit() == KpiUnit.COUNT && measure.periodQuota() != null) {
					result.add(of(measure, plan, kpi, engine, sized, stages));
				}
			}
		}
		return List.copyOf(result);
	}

	private static ActivityCapacity of(Measure measure, Plan plan, Kpi kpi, WholeEngine engine,
			Map<SalesProcess, FunnelSizing> sized, Stages stages) {
		Role role = plan.getRole();
		double quota = measure.periodQuota().doubleValue();
		String name = "activity measure " + kpi.getName() + " in plan " + plan.getName();
		if (!WholeEngine.resolved(role) || role.getHeadcount() == null) {
			return new ActivityCapacity(measure, null, kpi, quota, 0, 0, List.of(), 0, false,
					name + " is not compared with the funnel: its role has no headcount");
		}
		int heads = engine.nominalHeads(role);
		double capacity = measure.getCredit() == CreditType.POOLED ? quota : quota * heads;
		boolean byOwner = true;
		List<Demand> demands = demands(stages.lastOwned.getOrDefault(role, Map.of()), sized);
		if (demands.isEmpty()) {
			byOwner = false;
			demands = demands(stages.lastIndicated.getOrDefault(kpi, Map.of()), sized);
		}
		if (demands.isEmpty()) {
			return new ActivityCapacity(measure, role, kpi, quota, heads, capacity, List.of(), 0, false, name
					+ " is not compared with the funnel: no sized funnel has a stage its role owns or a behavior it indicates");
		}
		double needed = demands.stream().mapToDouble(Demand::neededAtExit).sum();
		return new ActivityCapacity(measure, role, kpi, quota, heads, capacity, demands, needed, byOwner, null);
	}

	/**
	 * In one pass over the processes, per role the last stage it owns in each process, and per KPI the last stage in
	 * each process during which a behavior it indicates is expected; processes in engine order.
	 */
	private static final class Stages {
		final Map<Role, Map<SalesProcess, Stage>> lastOwned = new IdentityHashMap<>();
		final Map<Kpi, Map<SalesProcess, Stage>> lastIndicated = new IdentityHashMap<>();

		Stages(WholeEngine engine) {
			Map<Stage, List<Behavior>> during = new IdentityHashMap<>();
			for (Behavior behavior : engine.behaviors()) {
				behavior.getDuring().forEach(stage -> during.computeIfAbsent(stage, s -> new ArrayList<>()).add(behavior));
			}
			for (SalesProcess process : engine.processes()) {
				for (Stage stage : process.getStages()) {
					if (WholeEngine.resolved(stage.getOwner())) {
						lastOwned.computeIfAbsent(stage.getOwner(), r -> new LinkedHashMap<>()).put(process, stage);
					}
					for (Behavior behavior : during.getOrDefault(stage, List.of())) {
						for (Kpi kpi : behavior.getIndicators()) {
							lastIndicated.computeIfAbsent(kpi, k -> new LinkedHashMap<>()).put(process, stage);
						}
					}
				}
			}
		}
	}

	private static List<Demand> demands(Map<SalesProcess, Stage> stages, Map<SalesProcess, FunnelSizing> sized) {
		List<Demand> demands = new ArrayList<>();
		stages.forEach((process, stage) -> {
			FunnelSizing funnel = sized.get(process);
			if (funnel == null) {
				return;
			}
			for (FunnelSizing.StageVolume volume : funnel.stages()) {
				if (volume.stage() == stage) {
					demands.add(new Demand(funnel, stage, volume.neededAtExit(), volume.neededAtEntry()));
				}
			}
		});
		return demands;
	}
}
