package org.salesengine.analysis.funnel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which stage is worth coaching: +5 points of conversion at each stage in turn (capped at 100%), the others
 * unchanged, and the extra deals and bookings that buys from the same top-of-funnel volume. Because deals won are the
 * product of the conversions, the gain of a stage is deals × (raised ÷ current − 1): the weakest stage gains most.
 */
public final class FunnelSensitivity {
	public static final double STEP = 0.05;

	private FunnelSensitivity() {
	}

	/** Every stage that can still improve, ranked by extra bookings (then extra deals), largest first. */
	public static List<FunnelLever> levers(List<Funnel> funnels) {
		List<FunnelLever> levers = new ArrayList<>();
		for (Funnel funnel : funnels) {
			for (StageNeed stage : funnel.stages()) {
				double raised = Math.min(1.0, stage.conversion() + STEP);
				if (raised <= stage.conversion()) {
					continue;
				}
				double extraDeals = funnel.dealsNeeded() * (raised / stage.conversion() - 1);
				Double extraBookings = funnel.averageDeal() == null ? null : extraDeals * funnel.averageDeal();
				levers.add(new FunnelLever(funnel.process(), stage.stage(), stage.owner(), stage.conversion(), raised, extraDeals,
						extraBookings, funnel.kpi()));
			}
		}
		levers.sort(Comparator.comparing((FunnelLever l) -> l.extraBookings() == null ? Double.NEGATIVE_INFINITY : l.extraBookings())
				.thenComparingDouble(FunnelLever::extraDeals).reversed());
		return List.copyOf(levers);
	}
}
