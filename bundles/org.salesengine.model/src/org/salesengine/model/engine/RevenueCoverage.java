package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.StrategySection;

/**
 * Whether the revenue target has a source: Σ of the distinct targets of the currency KPIs the sized funnels produce,
 * plus the {@code run rate} (revenue no funnel produces: renewals, run-rate business).
 *
 * @param produced the currency KPIs sized funnels produce, with their targets, in process order
 * @param runRate  the strategy's run rate, 0 when not given
 */
public record RevenueCoverage(double revenueTarget, Map<Kpi, Double> produced, double runRate) {

	public RevenueCoverage {
		produced = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(produced));
	}

	/**
	 * Null when there is nothing to compare: no revenue target, or no sized currency funnel (an unsized funnel is
	 * reported on its own).
	 */
	public static RevenueCoverage of(WholeEngine engine, List<FunnelSizing> funnels) {
		BigDecimal target = engine.revenueTarget();
		Map<Kpi, Double> produced = new LinkedHashMap<>();
		funnels.stream().filter(f -> f.sized() && f.averageDeal() != null).forEach(f -> produced.putIfAbsent(f.kpi(), f.kpiTarget()));
		if (target == null || target.signum() <= 0 || produced.isEmpty()) {
			return null;
		}
		return new RevenueCoverage(target.doubleValue(), produced, runRate(engine));
	}

	public static double runRate(WholeEngine engine) {
		for (Engine fragment : engine.fragments()) {
			for (StrategySection strategy : EngineSections.of(fragment, StrategySection.class)) {
				if (strategy.getRunRate() != null) {
					return strategy.getRunRate().doubleValue();
				}
			}
		}
		return 0;
	}

	/** The strategy section that holds the revenue target, else the first fragment: where findings about it go. */
	public static org.eclipse.emf.ecore.EObject holder(WholeEngine engine) {
		return engine.fragments().stream().map(EngineSections::revenueTargetSection).filter(Objects::nonNull).findFirst()
				.map(org.eclipse.emf.ecore.EObject.class::cast).orElse(engine.fragments().get(0));
	}

	public double fromFunnels() {
		return produced.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	public double covered() {
		return fromFunnels() + runRate;
	}

	public double uncovered() {
		return revenueTarget - covered();
	}
}
