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
		List<ActivityCapacity> result = new ArrayList<>();
		for (Plan plan : engine.plans()) {
			for (Measure measure : plan.getMeasures()) {
				Kpi kpi = measure.getKpi();
				if (WholeEngine.resolved(kpi) && kpi.isSetUnit() && kpi.getUnit() == KpiUnit.COUNT && measure.getQuota() != null) {
					result.add(of(measure, plan, kpi, engine, sized));
				}
			}
		}
		return List.copyOf(result);
	}

	private static ActivityCapacity of(Measure measure, Plan plan, Kpi kpi, WholeEngine engine,
			Map<SalesProcess, FunnelSizing> sized) {
		Role role = plan.getRole();
		double quota = measure.getQuota().doubleValue();
		String name = "activity measure " + kpi.getName() + " in plan " + plan.getName();
		if (!WholeEngine.resolved(role) || role.getHeadcount() == null) {
			return new ActivityCapacity(measure, null, kpi, quota, 0, 0, List.of(), 0, false,
					name + " is not compared with the funnel: its role has no headcount");
		}
		int heads = engine.nominalHeads(role);
		double capacity = measure.getCredit() == CreditType.POOLED ? quota : quota * heads;
		boolean byOwner = true;
		List<Demand> demands = demands(ownedStages(engine, role), sized);
		if (demands.isEmpty()) {
			byOwner = false;
			demands = demands(indicatedStages(engine, kpi), sized);
		}
		if (demands.isEmpty()) {
			return new ActivityCapacity(measure, role, kpi, quota, heads, capacity, List.of(), 0, false, name
					+ " is not compared with the funnel: no sized funnel has a stage its role owns or a behavior it indicates");
		}
		double needed = demands.stream().mapToDouble(Demand::neededAtExit).sum();
		return new ActivityCapacity(measure, role, kpi, quota, heads, capacity, demands, needed, byOwner, null);
	}

	/** Per process, in process order, the last stage the role owns. */
	private static Map<SalesProcess, Stage> ownedStages(WholeEngine engine, Role role) {
		Map<SalesProcess, Stage> last = new LinkedHashMap<>();
		for (SalesProcess process : engine.processes()) {
			for (Stage stage : process.getStages()) {
				if (stage.getOwner() == role) {
					last.put(process, stage);
				}
			}
		}
		return last;
	}

	/** Per process, the last stage during which a behavior indicated by the KPI is expected. */
	private static Map<SalesProcess, Stage> indicatedStages(WholeEngine engine, Kpi kpi) {
		Map<SalesProcess, Stage> last = new LinkedHashMap<>();
		for (SalesProcess process : engine.processes()) {
			for (Stage stage : process.getStages()) {
				for (Behavior behavior : engine.behaviorsIndicatedBy(kpi)) {
					if (behavior.getDuring().contains(stage)) {
						last.put(process, stage);
					}
				}
			}
		}
		return last;
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
