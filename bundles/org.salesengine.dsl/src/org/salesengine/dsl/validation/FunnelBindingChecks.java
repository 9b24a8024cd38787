package org.salesengine.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.FunnelBound;
import org.salesengine.model.engine.FunnelSizing;
import org.salesengine.model.engine.KpiSums;

/**
 * KPIs bound to the funnel ({@code counts}, {@code sums ... amount}, {@code win rate of}) against the back-solved
 * funnel ({@link FunnelBound}), and the KPIs processes are sized from. Only a KPI's own binding says what it counts:
 * a KPI named like a funnel count (Opportunities, SQLs) without one is never guessed at.
 */
public class FunnelBindingChecks extends RuleChecks {

	/** A count or amount target below what the funnel needs at the stage the KPI counts. */
	@Check
	public void kpiBelowFunnel(Kpi kpi) {
		FunnelBound bound = bound(kpi);
		if (bound == null || !bound.known() || bound.kind() == FunnelBound.Kind.WIN_RATE || kpi.getTarget() == null
				|| !fits(kpi, bound)) {
			return;
		}
		// A KPI the bound process is sized from is that process's output; whether it counts the right stage is
		// produced-kpi-mismatch's question, and its need would only echo its own target.
		if (kpi == bound.process().getProduces()) {
			return;
		}
		double target = kpi.getTarget().doubleValue();
		RuleParameter.Value below = value(Rule.KPI_BELOW_FUNNEL, "below", kpi);
		if (target >= below.low() * bound.value() - 1e-6) {
			return;
		}
		String figure = bound.kind() == FunnelBound.Kind.AMOUNT ? Amounts.brief(target) : Amounts.volume(target);
		String gap = bound.kind() == FunnelBound.Kind.AMOUNT ? Amounts.brief(bound.value() - target)
				: Amounts.volume(bound.value() - target);
		String verb = bound.kind() == FunnelBound.Kind.AMOUNT ? " sums " : " counts ";
		report(Rule.KPI_BELOW_FUNNEL, "KPI " + name(kpi) + verb + bound.describe() + ": its target " + figure + " is "
				+ Amounts.percent(target / bound.value()) + " of the " + bound.figure() + " the funnel needs there to reach "
				+ name(bound.funnel().kpi()) + " " + Amounts.exact(bound.funnel().kpi().getTarget()) + ", under "
				+ below.written(RuleParameter.Shape.PERCENT) + " (" + settings(kpi).origin(Rule.KPI_BELOW_FUNNEL, "below")
				+ "); met, it leaves the funnel " + gap + " short", kpi, MODEL.getKpi_Target());
	}

	/** A win-rate target outside the band around the product of the process's conversions. */
	@Check
	public void winRateOffFunnel(Kpi kpi) {
		FunnelBound bound = bound(kpi);
		if (bound == null || !bound.known() || bound.kind() != FunnelBound.Kind.WIN_RATE || kpi.getTarget() == null
				|| !fits(kpi, bound) || writtenAsPlainNumber(kpi)) {
			return;
		}
		double target = kpi.getTarget().doubleValue();
		RuleParameter.Value band = value(Rule.WIN_RATE_OFF_FUNNEL, "band", kpi);
		double ratio = target / bound.value();
		if (ratio >= band.low() - 1e-9 && ratio <= band.high() + 1e-9) {
			return;
		}
		String consequence = ratio > 1
				? ": the funnel is sized for fewer wins per opportunity than the KPI asks, so it plans for more pipeline than a team at target needs, or the target is out of reach"
				: ": the target does not believe the conversions the funnel is sized on, so the funnel plans for less pipeline than a team at target needs";
		report(Rule.WIN_RATE_OFF_FUNNEL, "KPI " + name(kpi) + " is " + bound.describe() + ", " + bound.figure()
				+ ", but its target is " + Amounts.exactPercent(kpi.getTarget()) + " (" + Amounts.percent(ratio)
				+ " of it, outside " + band.written(RuleParameter.Shape.PERCENT_RANGE) + ", "
				+ settings(kpi).origin(Rule.WIN_RATE_OFF_FUNNEL, "band") + ")" + consequence, kpi, MODEL.getKpi_Target());
	}

	/**
	 * A process's funnel is sized from the target of the KPI it produces, as the deals it wins. That target is not the
	 * process's output when another process produces the same KPI (each funnel is sized for all of it), when the KPI
	 * adds up a KPI another process produces (those deals are sized twice: reported on the process of the total), or
	 * when the KPI's own binding counts another stage than the process's won deals.
	 */
	@Check
	public void producedKpiMismatch(SalesProcess process) {
		List<FunnelSizing> funnels = funnels(process);
		FunnelSizing funnel = sized(process, funnels);
		if (funnel == null) {
			return;
		}
		Kpi kpi = funnel.kpi();
		List<String> problems = new ArrayList<>();
		List<String> sharing = new ArrayList<>();
		Set<Kpi> parts = KpiSums.withTermsOf(kpi);
		for (FunnelSizing other : funnels) {
			if (other.process() == process || !other.sized()) {
				continue;
			}
			if (other.kpi() == kpi) {
				sharing.add(name(other.process()));
			} else if (parts.contains(other.kpi())) {
				problems.add(name(kpi) + " adds up " + name(other.kpi()) + ", which process " + name(other.process())
						+ " produces: those deals are sized in both funnels");
			}
		}
		if (!sharing.isEmpty()) {
			problems.add(0, (sharing.size() == 1 ? "process " : "processes ") + String.join(", ", sharing)
					+ (sharing.size() == 1 ? " produces" : " produce") + " it too: each funnel is sized for the whole "
					+ target(funnel) + " target, " + target(funnel.kpiTarget() * (sharing.size() + 1), funnel)
					+ " together");
		}
		FunnelBound bound = FunnelBound.of(kpi, funnels);
		if (bound != null && bound.kind() != FunnelBound.Kind.WIN_RATE && fits(kpi, bound) && !bound.countsWonDealsOf(process)) {
			problems.add("it counts " + bound.describe() + ", not the deals " + name(process) + " wins: the funnel takes its"
					+ " target for " + Amounts.volume(funnel.dealsNeeded()) + " deals won");
		}
		if (!problems.isEmpty()) {
			report(Rule.PRODUCED_KPI_MISMATCH, "process " + name(process) + " is sized from KPI " + name(kpi) + ", but "
					+ String.join("; and ", problems), process, MODEL.getSalesProcess_Produces());
		}
	}

	private static String target(FunnelSizing funnel) {
		return target(funnel.kpiTarget(), funnel);
	}

	private static String target(double value, FunnelSizing funnel) {
		return funnel.averageDeal() != null ? Amounts.brief(value) : Amounts.volume(value) + " deals";
	}

	/** The binding's figure is in the KPI's unit: a count of deals, an amount in the currency, a rate. */
	private static boolean fits(Kpi kpi, FunnelBound bound) {
		KpiUnit unit = kpi.isSetUnit() ? kpi.getUnit() : null;
		return switch (bound.kind()) {
			case COUNT -> unit == KpiUnit.COUNT;
			case AMOUNT -> unit == KpiUnit.CURRENCY;
			case WIN_RATE -> unit == KpiUnit.PERCENT || unit == KpiUnit.RATIO;
		};
	}

	/** 'target 25' on a percent KPI: value-unit-mismatch reports it, and the value read (2,500%) means nothing here. */
	private static boolean writtenAsPlainNumber(Kpi kpi) {
		String written = ValueUnitChecks.written(kpi, MODEL.getKpi_Target());
		return kpi.getUnit() == KpiUnit.PERCENT && written != null && !written.endsWith("%");
	}

	private FunnelBound bound(Kpi kpi) {
		return kpi.getFunnel() == null ? null : FunnelBound.of(kpi, funnels(kpi));
	}

	private static FunnelSizing sized(SalesProcess process, List<FunnelSizing> funnels) {
		for (FunnelSizing funnel : funnels) {
			if (funnel.process() == process) {
				return funnel.sized() ? funnel : null;
			}
		}
		return null;
	}

	private List<FunnelSizing> funnels(EObject element) {
		return cached("funnels", element, FunnelSizing::of);
	}
}
