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
import org.salesengine.model.StageCount;
import org.salesengine.model.StageFlow;

/**
 * An activity measure (a quota on a count KPI) against the volume the sized funnels need from the stage it feeds.
 * Capacity is quota × nominal heads (a pool's quota once). The KPI is matched to a stage:
 * <ol>
 * <li>the stage the KPI counts, when it is bound to the funnel ({@code counts STAGE entries|exits}): the deals that
 * must enter or leave that stage. A binding is what the KPI says it counts, so it is never second-guessed: a KPI that
 * counts a stage of a funnel that is not sized is not compared;</li>
 * <li>otherwise, a guess: the stage the plan's role owns, in each sized funnel the last one, because what a role hands
 * on is what leaves its last stage;</li>
 * <li>otherwise the last stage during which a behavior that has the KPI as its indicator is expected;</li>
 * <li>otherwise it is not compared ({@link #unmatched}).</li>
 * </ol>
 * Needed = Σ over the matched funnels of the volume entering or leaving that stage; coverage = capacity ÷ needed.
 *
 * @param match     how the KPI was matched to its stages; null when it is not compared
 * @param unmatched why the measure is not compared, or null when it is
 */
public record ActivityCapacity(Measure measure, Role role, Kpi kpi, double quota, int heads, double capacity,
		List<Demand> demands, double needed, Match match, String unmatched) {

	/** How a count KPI was matched to the stages whose volume it is compared with. */
	public enum Match {
		/** The stage the KPI's own binding counts. */
		BINDING,
		/** The last stage the plan's role owns, in each sized funnel (a guess). */
		STAGE_OWNER,
		/** The last stage during which a behavior the KPI indicates is expected (a guess). */
		BEHAVIOR_INDICATOR
	}

	/**
	 * The volume one funnel needs at one stage.
	 *
	 * @param flow which side of the stage is compared: its exits, unless a binding counts its entries
	 */
	public record Demand(FunnelSizing funnel, Stage stage, StageFlow flow, double neededAtExit, double neededAtEntry) {
		public double needed() {
			return flow == StageFlow.ENTRIES ? neededAtEntry : neededAtExit;
		}
	}

	public ActivityCapacity {
		demands = List.copyOf(demands);
	}

	public double coverage() {
		return capacity / needed;
	}

	/**
	 * "funnel NewBusiness needs 1,481.48 out of Lead (3,703.70 in), the last stage SDR owns (a guess: MeetingsBooked
	 * counts no stage); SDR capacity on MeetingsBooked, 180 × 10 = 1,800, covers": the comparison, with the way the
	 * stage was found, for the validator's finding and the analysis's text alike.
	 */
	public String comparison() {
		StringBuilder text = new StringBuilder();
		for (Demand d : demands) {
			text.append(text.length() == 0 ? "" : "; ").append("funnel ").append(d.funnel().process().getName())
					.append(" needs ");
			if (d.flow() == StageFlow.ENTRIES) {
				text.append(Amounts.volume(d.neededAtEntry())).append(" into ").append(d.stage().getName());
			} else {
				text.append(Amounts.volume(d.neededAtExit())).append(" out of ").append(d.stage().getName()).append(" (")
						.append(Amounts.volume(d.neededAtEntry())).append(" in)");
			}
		}
		String guess = demands.size() > 1 ? " in each funnel (a guess: " : " (a guess: ";
		String basis = switch (match) {
			case BINDING -> ", which " + kpi.getName() + " counts";
			case STAGE_OWNER -> ", the last stage " + role.getName() + " owns" + guess + kpi.getName() + " counts no stage)";
			case BEHAVIOR_INDICATOR -> ", the last stage of a behavior " + kpi.getName() + " indicates" + guess + kpi.getName()
					+ " counts no stage)";
		};
		String figures = measure.getCredit() == CreditType.POOLED ? "a pool of " + Amounts.volume(capacity)
				: Amounts.volume(quota) + " × " + heads + " = " + Amounts.volume(capacity);
		return text + basis + "; " + role.getName() + " capacity on " + kpi.getName() + ", " + figures + ", covers";
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
			return new ActivityCapacity(measure, null, kpi, quota, 0, 0, List.of(), 0, null,
					name + " is not compared with the funnel: its role has no headcount");
		}
		int heads = engine.nominalHeads(role);
		double capacity = measure.getCredit() == CreditType.POOLED ? quota : quota * heads;
		if (kpi.getFunnel() instanceof StageCount count && WholeEngine.resolved(count.getStage())
				&& count.getStage().eContainer() instanceof SalesProcess process) {
			List<Demand> bound = demands(Map.of(process, count.getStage()), sized, count.getFlow());
			if (bound.isEmpty()) {
				return new ActivityCapacity(measure, role, kpi, quota, heads, capacity, List.of(), 0, null, name
						+ " is not compared with the funnel: KPI " + kpi.getName() + " counts stage " + count.getStage().getName()
						+ " of process " + process.getName() + ", which is not sized");
			}
			return matched(measure, role, kpi, quota, heads, capacity, bound, Match.BINDING);
		}
		List<Demand> demands = demands(stages.lastOwned.getOrDefault(role, Map.of()), sized, StageFlow.EXITS);
		if (!demands.isEmpty()) {
			return matched(measure, role, kpi, quota, heads, capacity, demands, Match.STAGE_OWNER);
		}
		demands = demands(stages.lastIndicated.getOrDefault(kpi, Map.of()), sized, StageFlow.EXITS);
		if (!demands.isEmpty()) {
			return matched(measure, role, kpi, quota, heads, capacity, demands, Match.BEHAVIOR_INDICATOR);
		}
		return new ActivityCapacity(measure, role, kpi, quota, heads, capacity, List.of(), 0, null, name
				+ " is not compared with the funnel: no sized funnel has a stage its role owns or a behavior it indicates");
	}

	private static ActivityCapacity matched(Measure measure, Role role, Kpi kpi, double quota, int heads, double capacity,
			List<Demand> demands, Match match) {
		double needed = demands.stream().mapToDouble(Demand::needed).sum();
		return new ActivityCapacity(measure, role, kpi, quota, heads, capacity, demands, needed, match, null);
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

	private static List<Demand> demands(Map<SalesProcess, Stage> stages, Map<SalesProcess, FunnelSizing> sized, StageFlow flow) {
		List<Demand> demands = new ArrayList<>();
		stages.forEach((process, stage) -> {
			FunnelSizing funnel = sized.get(process);
			if (funnel == null) {
				return;
			}
			for (FunnelSizing.StageVolume volume : funnel.stages()) {
				if (volume.stage() == stage) {
					demands.add(new Demand(funnel, stage, flow, volume.neededAtExit(), volume.neededAtEntry()));
				}
			}
		});
		return demands;
	}
}
