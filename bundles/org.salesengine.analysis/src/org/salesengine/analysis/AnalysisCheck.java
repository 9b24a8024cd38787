package org.salesengine.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salesengine.analysis.health.HealthPillar;

/**
 * The analysis's own findings, next to the validator's rules: facts that only the numbers reveal. Codes are stable
 * (JSON consumers may rely on them) and carry the prefix {@code analysis-} so they never collide with a rule code.
 */
public enum AnalysisCheck {
	FUNNEL_NOT_SIZED("analysis-funnel-not-sized", HealthPillar.STRUCTURE_PROCESS,
			"A process's funnel cannot be back-solved: it produces no KPI with a target, has no average deal, or a stage has no conversion."),
	TARGET_OUTSIDE_FUNNELS("analysis-target-outside-funnels", HealthPillar.STRATEGY,
			"The targets of the KPIs the processes produce add up to less than the revenue target."),
	ACTIVITY_COVERAGE("analysis-activity-coverage", HealthPillar.STRUCTURE_PROCESS,
			"Activity capacity (quota × headcount on a count KPI) against the volume the funnel needs at the stage the role owns; a warning below 100%."),
	KPI_QUOTA_COVERAGE("analysis-kpi-quota-coverage", HealthPillar.METRICS_COMPENSATION,
			"Quota assigned on a KPI (Σ quota × headcount) is below its target, or above 130% of it."),
	COST_OF_SALES_OUT_OF_BAND("analysis-cost-of-sales", HealthPillar.METRICS_COMPENSATION,
			"Compensation cost of sales (total OTE ÷ revenue target) is outside the usual 10-25% band.");

	private static final Map<String, AnalysisCheck> BY_CODE = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(AnalysisCheck::code, Function.identity()));

	private final String code;
	private final HealthPillar pillar;
	private final String summary;

	AnalysisCheck(String code, HealthPillar pillar, String summary) {
		this.code = code;
		this.pillar = pillar;
		this.summary = summary;
	}

	public String code() {
		return code;
	}

	public HealthPillar pillar() {
		return pillar;
	}

	public String summary() {
		return summary;
	}

	/** The check with this code, or null for a code that is not the analysis's. */
	public static AnalysisCheck byCode(String code) {
		return code == null ? null : BY_CODE.get(code);
	}
}
