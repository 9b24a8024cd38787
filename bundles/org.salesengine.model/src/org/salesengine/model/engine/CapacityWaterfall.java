package org.salesengine.model.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * From nominal to effective street quota, in steps that add up exactly:
 * nominal − hires' start dates − ramp − attrition − overlap = effective, where, E(ramp, attrition) being the effective
 * quota with or without each effect,
 * <ul>
 * <li>start dates = nominal − E(no ramp, no attrition): hires sell only from their first month;</li>
 * <li>ramp = E(no ramp, attrition as given) − E(as given);</li>
 * <li>attrition = E(ramp as given, no attrition) − E(as given);</li>
 * <li>overlap = what is left: each of the two costs is computed with the other effect in place, so neither counts
 * what a hire loses to both at once; per hired head-month that is (1 − s)(1 − r), s the share still there and r the
 * productivity.</li>
 * </ul>
 */
public record CapacityWaterfall(double nominal, double startDates, double ramp, double attrition, double overlap,
		double effective) {

	public static CapacityWaterfall of(double nominal, double asGiven, double noRamp, double noAttrition, double neither) {
		double startDates = nominal - neither;
		double ramp = noRamp - asGiven;
		double attrition = noAttrition - asGiven;
		double overlap = nominal - startDates - ramp - attrition - asGiven;
		return new CapacityWaterfall(nominal, startDates, ramp, attrition, overlap, asGiven);
	}

	public CapacityWaterfall plus(CapacityWaterfall other) {
		return new CapacityWaterfall(nominal + other.nominal, startDates + other.startDates, ramp + other.ramp,
				attrition + other.attrition, overlap + other.overlap, effective + other.effective);
	}

	public static final CapacityWaterfall ZERO = new CapacityWaterfall(0, 0, 0, 0, 0, 0);

	/** The steps between nominal and effective, by their label, in waterfall order. */
	public Map<String, Double> steps() {
		Map<String, Double> steps = new LinkedHashMap<>();
		steps.put("hires' start dates", startDates);
		steps.put("ramp", ramp);
		steps.put("attrition", attrition);
		steps.put("overlap of ramp and attrition", overlap);
		return steps;
	}

	/** The label of the step that costs most ("ramp"), or null when effective equals nominal. */
	public String largestCause() {
		String largest = null;
		double most = 1e-9;
		for (Map.Entry<String, Double> step : steps().entrySet()) {
			if (step.getValue() > most) {
				most = step.getValue();
				largest = step.getKey();
			}
		}
		return largest;
	}
}
