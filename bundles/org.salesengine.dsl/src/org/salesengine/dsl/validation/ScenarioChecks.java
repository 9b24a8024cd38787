package org.salesengine.dsl.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.salesengine.dsl.diagnostics.Similarity;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.dsl.scenario.ScenarioProperties.Property;
import org.salesengine.model.Scenario;
import org.salesengine.model.ScenarioOverride;

import com.google.inject.Inject;

/**
 * A scenario's {@code set}: the element is linked by the scope provider (an unknown one is reported by the linker,
 * with the same code); here the property is checked against the element's class and the value against the
 * property's form, with the value converter's own message.
 */
public class ScenarioChecks extends RuleChecks {
	@Inject
	private ScenarioProperties properties;

	@Check
	public void checkProperty(ScenarioOverride override) {
		EObject target = override.getTarget();
		if (target == null || target.eIsProxy() || override.getProperty() == null) {
			return;
		}
		Map<String, Property> settable = properties.of(target);
		Property property = settable.get(override.getProperty());
		if (property == null) {
			report(Rule.UNKNOWN_SCENARIO_PATH, scenario(override) + ": " + describe(target) + " has no property '"
					+ override.getProperty() + "' a scenario can set" + Similarity.didYouMean(override.getProperty(), settable.keySet())
					+ (settable.isEmpty() ? "" : "; it has " + String.join(", ", settable.keySet())),
					override, MODEL.getScenarioOverride_Property());
			return;
		}
		try {
			properties.value(property, override);
		} catch (ScenarioProperties.InvalidValue e) {
			report(Rule.INVALID_SCENARIO_VALUE, scenario(override) + ": set " + path(override) + ": " + e.getMessage(),
					override, override.getAddedHire() != null || override.getValue() == null ? MODEL.getScenarioOverride_Property()
							: MODEL.getScenarioOverride_Value());
		}
	}

	private static String scenario(ScenarioOverride override) {
		return override.eContainer() instanceof Scenario scenario ? "scenario " + name(scenario) : "scenario";
	}

	/** SDR.headcount, NewBusiness.Lead.conversion: the path as the engine writes it, without the engine's name. */
	static String path(ScenarioOverride override) {
		return ScenarioProperties.elementPath(override.getTarget()) + "." + override.getProperty();
	}
}
