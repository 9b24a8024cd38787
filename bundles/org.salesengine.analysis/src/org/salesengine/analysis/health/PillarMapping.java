package org.salesengine.analysis.health;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.model.Behavior;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Outcome;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Spif;
import org.salesengine.model.Stage;
import org.salesengine.model.Team;
import org.salesengine.model.Territory;
import org.salesengine.model.Channel;

/**
 * Which health pillar a finding counts against.
 * <table>
 * <tr><th>finding</th><th>health pillar</th></tr>
 * <tr><td>validator pillar strategy</td><td>strategy</td></tr>
 * <tr><td>validator pillar structure</td><td>structure &amp; process</td></tr>
 * <tr><td>validator pillar culture</td><td>culture &amp; behavior</td></tr>
 * <tr><td>validator pillars metrics, compensation</td><td>metrics &amp; compensation</td></tr>
 * <tr><td>cross-pillar misaligned-incentive, unrewarded-priority, quota-under-assigned, quota-over-assigned,
 * capacity-short</td>
 * <td>metrics &amp; compensation: each is fixed in the pay plan or the quotas</td></tr>
 * <tr><td>cross-pillar syntax, invalid-value, encoding, unresolved-reference, duplicate-name, duplicate-setting</td>
 * <td>the pillar of the element the finding is about (see {@link #ofElement})</td></tr>
 * </table>
 */
public final class PillarMapping {
	private PillarMapping() {
	}

	/** The pillar of a finding's code; null when it depends on the element (file-hygiene rules, unknown codes). */
	public static HealthPillar ofCode(String code) {
		Rule rule = Rule.byCode(code);
		if (rule == null) {
			return null;
		}
		return switch (rule.pillar()) {
			case STRATEGY -> HealthPillar.STRATEGY;
			case STRUCTURE -> HealthPillar.STRUCTURE_PROCESS;
			case CULTURE -> HealthPillar.CULTURE_BEHAVIOR;
			case METRICS, COMPENSATION -> HealthPillar.METRICS_COMPENSATION;
			case CROSS_PILLAR -> switch (rule) {
				case MISALIGNED_INCENTIVE, UNREWARDED_PRIORITY, QUOTA_UNDER_ASSIGNED, QUOTA_OVER_ASSIGNED, CAPACITY_SHORT ->
						HealthPillar.METRICS_COMPENSATION;
				default -> null;
			};
		};
	}

	/**
	 * The pillar an element belongs to: roles, teams, processes, stages, outcomes, territories and channels to structure &amp; process;
	 * behaviors and rituals to culture &amp; behavior; KPIs (with their formulas), plans, measures and SPIFs to metrics
	 * &amp; compensation; the engine itself (currency, period, revenue target), objectives and segments to strategy.
	 */
	public static HealthPillar ofElement(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Role || current instanceof Team || current instanceof SalesProcess || current instanceof Stage
					|| current instanceof Outcome || current instanceof Territory || current instanceof Channel) {
				return HealthPillar.STRUCTURE_PROCESS;
			}
			if (current instanceof Behavior || current instanceof Ritual) {
				return HealthPillar.CULTURE_BEHAVIOR;
			}
			if (current instanceof Kpi || current instanceof Plan || current instanceof Measure || current instanceof Spif) {
				return HealthPillar.METRICS_COMPENSATION;
			}
		}
		return HealthPillar.STRATEGY;
	}
}
