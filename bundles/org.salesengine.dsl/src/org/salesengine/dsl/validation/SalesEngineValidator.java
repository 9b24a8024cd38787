package org.salesengine.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The consistency validator of the engine: one small check per rule of the {@link Rule} catalogue, grouped by pillar.
 * It reads no preferences and needs no UI, so the command line, CI and the workbench all get the same findings.
 */
@ComposedChecks(validators = {
		NamingChecks.class,
		StrategyChecks.class,
		StructureChecks.class,
		CultureChecks.class,
		MetricsChecks.class,
		CompensationChecks.class,
		AlignmentChecks.class,
		RuleSettingChecks.class,
		PayoutCurveChecks.class,
		ValueUnitChecks.class,
		PlanPracticeChecks.class,
		CoverageChecks.class,
		CapacityChecks.class,
		NumbersChecks.class,
		RollupChecks.class,
		ViewChecks.class,
		FunnelBindingChecks.class,
		TierChecks.class,
		PlanTermsChecks.class,
		TeamHierarchyChecks.class,
		ChannelChecks.class,
		ScenarioChecks.class })
public class SalesEngineValidator extends AbstractSalesEngineValidator {
}
