package org.salesengine.analysis.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.dsl.scenario.ScenarioProperties.Property;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.Section;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * The elements of an engine by id, and their properties as text: what {@link EngineDiff} compares. An element is
 * anything with a name of its own (a stage and an outcome within their process, a measure as {@code Plan.Kpi}); the
 * engine's own settings are the element with the engine's name. Parts without a name (a ramp, a hire, a formula) are
 * properties of their element, written out whole. References are written as the ids of what they point to, so a
 * reference is unchanged when its target is.
 */
final class ModelWalk {
	private static final SalesEnginePackage MODEL = SalesEnginePackage.eINSTANCE;

	private final ScenarioProperties properties;

	ModelWalk(ScenarioProperties properties) {
		this.properties = properties;
	}

	/** Every element of the engine, by id, in file order; the engine first. */
	Map<String, EObject> elements(WholeEngine engine) {
		Map<String, EObject> result = new LinkedHashMap<>();
		for (Engine fragment : engine.fragments()) {
			result.putIfAbsent(id(fragment), fragment);
			for (var all = fragment.eAllContents(); all.hasNext();) {
				EObject element = all.next();
				if (isElement(element)) {
					result.putIfAbsent(id(element), element);
				}
			}
		}
		return result;
	}

	static boolean isElement(EObject element) {
		return element instanceof Engine || element instanceof Measure
				|| (element instanceof NamedElement named && named.getName() != null);
	}

	/** AcmeEmea, AcmeEmea.AE, AcmeEmea.NewBusiness.Lead, AcmeEmea.AEPlan.NewARR: the names the language writes. */
	static String id(EObject element) {
		return ElementIds.qualifiedName(element);
	}

	/** "role", "stage", "measure", "engine". */
	static String type(EObject element) {
		return org.salesengine.model.engine.ElementKinds.of(element);
	}

	/**
	 * The element's own properties as text, by name: every feature but its name and the elements it contains (those
	 * are compared on their own). An engine's properties are gathered from all of its files (its sections' settings).
	 */
	Map<String, String> properties(EObject element, boolean withName) {
		Map<String, String> result = new LinkedHashMap<>();
		List<EObject> owners = new ArrayList<>();
		owners.add(element);
		if (element instanceof Engine engine) {
			owners.addAll(engine.getSections());
		}
		for (EObject owner : owners) {
			for (EStructuralFeature feature : owner.eClass().getEAllStructuralFeatures()) {
				if (feature.isDerived() || feature.isTransient() || (!withName && feature == MODEL.getNamedElement_Name())
						|| !owner.eIsSet(feature)) {
					continue;
				}
				if (feature instanceof EReference reference && reference.isContainment()) {
					String text = containedText(owner, reference);
					if (text != null) {
						result.put(feature.getName(), text);
					}
					continue;
				}
				result.put(feature.getName(), text(owner, feature));
			}
		}
		return result;
	}

	/** A contained part without a name of its own, written out; null when the feature holds elements or sections. */
	private String containedText(EObject owner, EReference reference) {
		List<EObject> values = values(owner, reference);
		if (values.isEmpty() || values.stream().anyMatch(v -> isElement(v) || v instanceof Section || isElementHolder(v))) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (EObject value : values) {
			parts.add(structure(value));
		}
		return String.join(", ", parts);
	}

	private static boolean isElementHolder(EObject value) {
		return value instanceof org.salesengine.model.Scenario;
	}

	/** A part as "Duration(value 6, unit months)": every set feature, nested parts likewise. */
	private String structure(EObject part) {
		if (part instanceof org.salesengine.model.Duration duration) {
			return ScenarioProperties.durationText(duration);
		}
		if (part instanceof org.salesengine.model.Hire hire) {
			return hire.getCount() + " on " + hire.getDate();
		}
		List<String> parts = new ArrayList<>();
		for (EStructuralFeature feature : part.eClass().getEAllStructuralFeatures()) {
			if (!part.eIsSet(feature)) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				List<String> nested = values(part, reference).stream().map(this::structure).toList();
				parts.add(feature.getName() + " " + String.join(", ", nested));
			} else {
				parts.add(feature.getName() + " " + text(part, feature));
			}
		}
		return part.eClass().getName() + "(" + String.join(", ", parts) + ")";
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject owner, EReference reference) {
		Object value = owner.eGet(reference);
		if (value instanceof List<?> list) {
			return (List<EObject>) list;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private String text(EObject owner, EStructuralFeature feature) {
		Object value = owner.eGet(feature, false);
		if (feature instanceof EReference) {
			if (value instanceof List<?> list) {
				return String.join(", ", list.stream().map(v -> reference((EObject) v)).toList());
			}
			return value == null ? "(none)" : reference((EObject) value);
		}
		ScenarioProperties.Property property = properties.of(owner).get(feature.getName());
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(v -> single(owner, property, (EAttribute) feature, v)).toList());
		}
		return single(owner, property, (EAttribute) feature, value);
	}

	private String single(EObject owner, ScenarioProperties.Property property, EAttribute feature, Object value) {
		if (property != null && owner(property) == feature) {
			return properties.text(owner, property, value);
		}
		if (value instanceof BigDecimal number && feature == MODEL.getMeasure_PeriodQuotas() && owner instanceof Measure measure) {
			// A quota by period is a Quantity like the quota: a percent KPI's is written 28%, not 0.28.
			Property quota = properties.of(measure).get(MODEL.getMeasure_Quota().getName());
			return properties.text(measure, quota, number);
		}
		if (value instanceof BigDecimal number) {
			return feature.getName().equals("seasonality") || feature.getName().equals("rampSchedule")
					? org.salesengine.model.engine.Amounts.exactPercent(number) : org.salesengine.model.engine.Amounts.exact(number);
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		return String.valueOf(value);
	}

	private static EStructuralFeature owner(ScenarioProperties.Property property) {
		return property.feature();
	}

	/** A reference by the id of what it points to; one that does not resolve by the name written. */
	private static String reference(EObject target) {
		if (target.eIsProxy()) {
			return "(unresolved " + EcoreUtil.getURI(target).fragment() + ")";
		}
		return id(target);
	}
}
