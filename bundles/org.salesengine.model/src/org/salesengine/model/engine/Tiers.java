package org.salesengine.model.engine;

import java.util.List;
import java.util.stream.Collectors;

import org.salesengine.model.Tier;

/** Tiers as the author writes them, for messages and labels. */
public final class Tiers {
	private Tiers() {
	}

	/** "0.5x below 50%", "1.5x from 50% to 100%", "2x above 125%". */
	public static String written(Tier tier) {
		String rate = tier.getRate() == null ? "?" : Amounts.multiplier(tier.getRate());
		if (tier.getFrom() == null) {
			return rate + " below " + Amounts.exactPercent(tier.getTo());
		}
		if (tier.getTo() == null) {
			return rate + " above " + Amounts.exactPercent(tier.getFrom());
		}
		return rate + " from " + Amounts.exactPercent(tier.getFrom()) + " to " + Amounts.exactPercent(tier.getTo());
	}

	/** "tiers 0.5x below 50%, 2x above 50%". */
	public static String written(List<Tier> tiers) {
		return "tiers " + tiers.stream().map(Tiers::written).collect(Collectors.joining(", "));
	}
}
