package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Measure;
import org.salesengine.model.Tier;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.model.engine.Tiers;

/**
 * Tiered payout curves ({@code tiers { 0.5x below 50%, 1.5x from 50% to 100%, 2x above 100% }}): tiers that do not
 * join up, a curve that does not pay the target incentive at quota, a decelerator above quota. The curve is
 * {@link PayoutCurve}, the one the analysis and the diagrams use.
 */
public class TierChecks extends RuleChecks {

	@Check
	public void tiersNotContiguous(Measure measure) {
		if (measure.getTiers().isEmpty()) {
			return;
		}
		List<Tier> tiers = new ArrayList<>(measure.getTiers());
		tiers.sort(Comparator.comparing(TierChecks::start));
		List<String> faults = new ArrayList<>();
		BigDecimal end = BigDecimal.ZERO;
		for (Tier tier : tiers) {
			BigDecimal start = start(tier);
			if (tier.getTo() != null && tier.getTo().compareTo(start) <= 0) {
				faults.add("tier " + written(tier) + " ends where it starts or before");
				continue;
			}
			if (end == null) {
				faults.add("tier " + written(tier) + " overlaps the open tier before it");
				continue;
			}
			if (start.compareTo(end) > 0) {
				faults.add("nothing is paid from " + Amounts.exactPercent(end) + " to " + Amounts.exactPercent(start));
			} else if (start.compareTo(end) < 0) {
				faults.add("tier " + written(tier) + " overlaps the one before it from " + Amounts.exactPercent(start) + " to "
						+ Amounts.exactPercent(end));
			}
			end = tier.getTo() == null ? null : end.max(tier.getTo());
		}
		if (end != null) {
			faults.add("nothing is paid above " + Amounts.exactPercent(end) + " (make the last tier 'above', and use a cap to stop the payout)");
		}
		if (!faults.isEmpty()) {
			report(Rule.TIERS_NOT_CONTIGUOUS, CompensationChecks.measureName(measure) + ": " + String.join("; ", faults),
					measure, MODEL.getMeasure_Tiers());
		}
	}

	@Check
	public void targetPayoutNot100(Measure measure) {
		// Thresholds at or above quota and caps below it are already invalid-payout-curve.
		if ((measure.getThreshold() != null && measure.getThreshold().compareTo(BigDecimal.ONE) >= 0)
				|| (measure.getCap() != null && measure.getCap().compareTo(BigDecimal.ONE) < 0)) {
			return;
		}
		PayoutCurve curve;
		try {
			curve = PayoutCurve.of(measure);
		} catch (IllegalArgumentException e) {
			return;
		}
		double atTarget = curve.factor(1);
		if (Math.abs(atTarget - 1) > 1e-9) {
			report(Rule.TARGET_PAYOUT_NOT_100, CompensationChecks.measureName(measure) + ": the curve pays "
					+ Amounts.percent(atTarget) + " of the target incentive at 100% attainment, not 100%", measure,
					measure.getTiers().isEmpty() ? MODEL.getMeasure_Accelerator() : MODEL.getMeasure_Tiers(),
					Amounts.percent(atTarget));
		}
	}

	@Check
	public void deceleratorAboveTarget(Measure measure) {
		for (int i = 0; i < measure.getTiers().size(); i++) {
			Tier tier = measure.getTiers().get(i);
			if (tier.getRate() != null && tier.getRate().compareTo(BigDecimal.ONE) < 0
					&& (tier.getTo() == null || tier.getTo().compareTo(BigDecimal.ONE) > 0)) {
				report(Rule.DECELERATOR_ABOVE_TARGET, CompensationChecks.measureName(measure) + ": tier " + written(tier)
						+ " pays less than 1x above 100% attainment: reps earn less for every sale past quota", measure,
						MODEL.getMeasure_Tiers(), i);
			}
		}
	}

	private static BigDecimal start(Tier tier) {
		return tier.getFrom() == null ? BigDecimal.ZERO : tier.getFrom();
	}

	private static String written(Tier tier) {
		return Tiers.written(tier);
	}
}
