package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.salesengine.model.FunnelBinding;
import org.salesengine.model.Kpi;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.StageAmount;
import org.salesengine.model.StageCount;
import org.salesengine.model.StageFlow;
import org.salesengine.model.WinRateOf;

/**
 * A KPI bound to the funnel ({@code Kpi.funnel}) and the figure the back-solved funnel gives it:
 * <ul>
 * <li>{@code counts STAGE entries|exits}: the deals that must enter or leave the stage (the funnel's volume there);</li>
 * <li>{@code sums STAGE entries|exits amount}: those deals × the process's average deal (pipeline created);</li>
 * <li>{@code win rate of PROCESS}: the product of the process's stage conversions (deals won per deal entering its
 * first stage), which needs no target, only conversions in (0%, 100%].</li>
 * </ul>
 * A count or an amount needs the process's funnel to be sized; an amount also its average deal.
 *
 * @param process the process the binding reads
 * @param stage   the stage counted or summed; null for a win rate
 * @param flow    entries or exits; null for a win rate
 * @param funnel  the process's sizing; null for a win rate
 * @param value   the funnel's figure: a volume, an amount or a rate; NaN when {@code unknown} says why not
 * @param unknown why the funnel gives no figure, or null
 */
public record FunnelBound(Kpi kpi, Kind kind, SalesProcess process, Stage stage, StageFlow flow, FunnelSizing funnel,
		double value, String unknown) {

	/** What the KPI is bound to. */
	public enum Kind {
		COUNT, AMOUNT, WIN_RATE
	}

	/** The KPI's binding read against the engine's funnels; null when it has none or the binding links to nothing. */
	public static FunnelBound of(Kpi kpi, List<FunnelSizing> funnels) {
		FunnelBinding binding = kpi.getFunnel();
		if (binding instanceof WinRateOf winRate) {
			return WholeEngine.resolved(winRate.getProcess()) ? winRate(kpi, winRate.getProcess()) : null;
		}
		Stage stage = binding instanceof StageCount count ? count.getStage()
				: binding instanceof StageAmount amount ? amount.getStage() : null;
		if (!WholeEngine.resolved(stage) || !(stage.eContainer() instanceof SalesProcess process)) {
			return null;
		}
		Kind kind = binding instanceof StageCount ? Kind.COUNT : Kind.AMOUNT;
		StageFlow flow = binding instanceof StageCount count ? count.getFlow() : ((StageAmount) binding).getFlow();
		FunnelSizing funnel = funnels.stream().filter(f -> f.process() == process).findFirst().orElse(null);
		if (funnel == null || !funnel.sized()) {
			return new FunnelBound(kpi, kind, process, stage, flow, funnel, Double.NaN,
					"process " + process.getName() + " is not sized");
		}
		double volume = funnel.stages().stream().filter(v -> v.stage() == stage)
				.mapToDouble(v -> flow == StageFlow.ENTRIES ? v.neededAtEntry() : v.neededAtExit()).findFirst().orElse(Double.NaN);
		if (kind == Kind.COUNT) {
			return new FunnelBound(kpi, kind, process, stage, flow, funnel, volume, null);
		}
		BigDecimal average = process.getAverageDeal();
		if (average == null || average.signum() <= 0) {
			return new FunnelBound(kpi, kind, process, stage, flow, funnel, Double.NaN,
					"process " + process.getName() + " has no average deal to value its deals");
		}
		return new FunnelBound(kpi, kind, process, stage, flow, funnel, volume * average.doubleValue(), null);
	}

	private static FunnelBound winRate(Kpi kpi, SalesProcess process) {
		if (process.getStages().isEmpty()) {
			return new FunnelBound(kpi, Kind.WIN_RATE, process, null, null, null, Double.NaN,
					"process " + process.getName() + " has no stages");
		}
		double rate = 1;
		for (Stage stage : process.getStages()) {
			BigDecimal conversion = stage.getConversion();
			if (conversion == null || conversion.signum() <= 0 || conversion.compareTo(BigDecimal.ONE) > 0) {
				return new FunnelBound(kpi, Kind.WIN_RATE, process, null, null, null, Double.NaN,
						"stage " + stage.getName() + " of process " + process.getName() + " has no conversion a funnel can have");
			}
			rate *= conversion.doubleValue();
		}
		return new FunnelBound(kpi, Kind.WIN_RATE, process, null, null, null, rate, null);
	}

	/**
	 * Whether a KPI sums the value of deals at a stage other than the won ones ({@code sums Discovery entries amount}):
	 * pipeline, not revenue, so its quotas are no revenue quota. A KPI bound to nothing is not guessed at.
	 */
	public static boolean isPipeline(Kpi kpi) {
		if (!(kpi.getFunnel() instanceof StageAmount amount) || !WholeEngine.resolved(amount.getStage())
				|| !(amount.getStage().eContainer() instanceof SalesProcess process)) {
			return false;
		}
		List<Stage> stages = process.getStages();
		return amount.getFlow() != StageFlow.EXITS || stages.get(stages.size() - 1) != amount.getStage();
	}

	public boolean known() {
		return unknown == null;
	}

	/**
	 * Whether the KPI counts or sums what the process wins: the exits of its last stage. Such a KPI is the process's
	 * own output, the number its funnel is sized from.
	 */
	public boolean countsWonDealsOf(SalesProcess of) {
		List<Stage> stages = of.getStages();
		return kind != Kind.WIN_RATE && process == of && flow == StageFlow.EXITS && !stages.isEmpty()
				&& stages.get(stages.size() - 1) == stage;
	}

	/**
	 * "the deals entering Discovery of NewBusiness", "the value of the deals leaving Lead of NewBusiness at its 50k
	 * average deal", "the win rate of NewBusiness (40% × 50% × 45% × 80%)".
	 */
	public String describe() {
		if (kind == Kind.WIN_RATE) {
			return "the win rate of " + process.getName() + " (" + process.getStages().stream()
					.map(s -> s.getConversion() == null ? "?" : Amounts.exactPercent(s.getConversion()))
					.collect(Collectors.joining(" × ")) + ")";
		}
		String deals = "the deals " + (flow == StageFlow.ENTRIES ? "entering " : "leaving ") + stage.getName() + " of "
				+ process.getName();
		return kind == Kind.COUNT ? deals
				: "the value of " + deals + " at its " + Amounts.exact(process.getAverageDeal()) + " average deal";
	}

	/** The figure as the KPI's unit reads: a volume (1,481.48), an amount (183.9M) or a rate (7.2%). */
	public String figure() {
		return switch (kind) {
			case COUNT -> Amounts.volume(value);
			case AMOUNT -> Amounts.brief(value);
			case WIN_RATE -> Amounts.percent(value);
		};
	}
}
