package org.salesengine.analysis.pay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisNote.Topic;
import org.salesengine.model.Kpi;
import org.salesengine.model.Spif;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.Period;
import org.salesengine.model.engine.WholeEngine;

/** The cost at target of the SPIFs paid as a share of an amount ({@link SpifPay}). */
final class SpifCosts {
	private SpifCosts() {
	}

	static List<SpifPay> of(WholeEngine engine, Consumer<AnalysisNote> notes) {
		List<SpifPay> result = new ArrayList<>();
		Period period = engine.period();
		for (Spif spif : engine.spifs()) {
			if (spif.getBonusShare() == null) {
				continue;
			}
			String id = ElementIds.of(spif);
			Kpi kpi = spif.getRewards();
			if (!WholeEngine.resolved(kpi) || kpi.getTarget() == null) {
				notes.accept(new AnalysisNote(Topic.PAY, id, "SPIF " + spif.getName()
						+ " pays a share of an amount, but it rewards no KPI with a target: its cost is not computed"));
				continue;
			}
			double window = windowShare(spif, period);
			double target = kpi.getTarget().doubleValue();
			double share = spif.getBonusShare().doubleValue();
			result.add(new SpifPay(id, kpi.getName(), share, target, window, share * target * window));
		}
		return result;
	}

	/** The SPIF's days within the period over the period's days; 1 without dates or without a period. */
	static double windowShare(Spif spif, Period period) {
		if (period == null || spif.getStartDate() == null || spif.getEndDate() == null) {
			return 1;
		}
		try {
			LocalDate start = max(LocalDate.parse(spif.getStartDate()), period.start());
			LocalDate end = min(LocalDate.parse(spif.getEndDate()), period.end());
			double days = ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
			return end.isBefore(start) ? 0 : (ChronoUnit.DAYS.between(start, end) + 1) / days;
		} catch (java.time.format.DateTimeParseException e) {
			return 1;
		}
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
