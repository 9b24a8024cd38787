package org.salesengine.cli.analysis;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.ElementNames;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.model.engine.Amounts;

/** How the text report names elements and describes payout curves. */
final class Labels {
	private Labels() {
	}

	/** An id without its engine: "AcmeEmea.AEPlan.NewARR" is "AEPlan.NewARR"; the report names its engine once. */
	static String local(String id) {
		return ElementNames.local(id);
	}

	/** "threshold 50%, 2x above 100%, cap 300%", "tiers 0.5x below 50%, 1.5x 50% to 125%, 2x above 125%", or "linear". */
	static String curve(PayoutCurve curve) {
		List<String> parts = new ArrayList<>();
		if (curve.hasThreshold()) {
			parts.add("threshold " + Amounts.percent(curve.threshold()));
		}
		if (!curve.isClassic()) {
			parts.add("tiers " + String.join(", ", curve.tiers().stream().map(Labels::tier).toList()));
		} else if (curve.hasAccelerator()) {
			parts.add(Amounts.grouped(curve.accelerator(), 2) + "x above " + Amounts.percent(curve.knee()));
		}
		if (curve.hasCap()) {
			parts.add("cap " + Amounts.percent(curve.cap()));
		}
		return parts.isEmpty() ? "linear" : String.join(", ", parts);
	}

	/** "0.5x below 50%", "1.5x 50% to 100%", "2x above 125%". */
	static String tier(PayoutCurve.Band tier) {
		String rate = Amounts.grouped(tier.rate(), 2) + "x ";
		if (Double.isInfinite(tier.to())) {
			return rate + "above " + Amounts.percent(tier.from());
		}
		return rate + (tier.from() == 0 ? "below " + Amounts.percent(tier.to())
				: Amounts.percent(tier.from()) + " to " + Amounts.percent(tier.to()));
	}

	/** Per-rep money, exact to the unit: 56,000. */
	static String money(double value) {
		return Amounts.grouped(value, 0);
	}

	static String money(Double value) {
		return value == null ? "-" : Amounts.brief(value);
	}
}
