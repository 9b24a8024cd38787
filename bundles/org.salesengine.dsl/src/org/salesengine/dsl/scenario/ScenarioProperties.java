package org.salesengine.dsl.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.EcoreUtil2;
import org.salesengine.dsl.services.SalesEngineGrammarAccess;
import org.salesengine.model.Duration;
import org.salesengine.model.Engine;
import org.salesengine.model.Hire;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.ScenarioOverride;
import org.salesengine.model.TimeUnit;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The properties a scenario may set, and their values read the way the language reads them. Both come from the
 * grammar: a property is a single numeric or enumeration feature that the element's own rule assigns (conversion is
 * assigned by {@code Percent} in the stage's rule, so {@code 45%} is read by the Percent converter, and {@code 45}
 * gets its message); an enumeration value is one of the rule's keywords ({@code biweekly} is fortnightly). An engine's
 * properties are those of its strategy section (revenueTarget, runRate). Hires are added with
 * {@code set AE.hires + 4 on 2027-07-01}.
 */
@Singleton
public class ScenarioProperties {
	private static final SalesEnginePackage MODEL = SalesEnginePackage.eINSTANCE;
	private static final String QUANTITY = "Quantity";

	/** How a property is written: the grammar rule that reads its value. */
	public record Property(EStructuralFeature feature, AbstractRule rule) {
		public String name() {
			return feature.getName();
		}

		public boolean isHires() {
			return feature == MODEL.getRole_Hires();
		}
	}

	@Inject
	private SalesEngineGrammarAccess grammar;
	@Inject
	private IValueConverterService converters;

	private final Map<EClass, Map<String, Property>> byClass = new java.util.concurrent.ConcurrentHashMap<>();

	/** The class whose features an element's properties are: an engine's are its strategy section's. */
	public static EClass owner(EObject element) {
		return element instanceof Engine ? MODEL.getStrategySection() : element.eClass();
	}

	/** How a scenario names the element: SDR, NewBusiness.Lead (a stage), AEPlan.NewARR (a measure), AcmeEmea. */
	public static String elementPath(EObject element) {
		if (element instanceof org.salesengine.model.Stage stage && stage.eContainer() instanceof org.salesengine.model.NamedElement process) {
			return process.getName() + "." + stage.getName();
		}
		if (element instanceof org.salesengine.model.Measure measure && measure.eContainer() instanceof org.salesengine.model.Plan plan) {
			return plan.getName() + "." + org.salesengine.model.engine.ElementIds.measuredKpiName(measure);
		}
		return element instanceof org.salesengine.model.NamedElement named ? String.valueOf(named.getName()) : element.eClass().getName();
	}

	/** The settable properties of the element, by name, in the order the grammar assigns them. */
	public Map<String, Property> of(EObject element) {
		return byClass.computeIfAbsent(owner(element), this::compute);
	}

	private Map<String, Property> compute(EClass type) {
		Map<String, Property> result = new LinkedHashMap<>();
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (rule.getType() == null || rule.getType().getClassifier() != type) {
				continue;
			}
			for (Assignment assignment : EcoreUtil2.getAllContentsOfType(rule, Assignment.class)) {
				EStructuralFeature feature = type.getEStructuralFeature(assignment.getFeature());
				if (feature == null || result.containsKey(feature.getName())
						|| !(assignment.getTerminal() instanceof RuleCall call)) {
					continue;
				}
				if (settable(feature, call.getRule())) {
					result.put(feature.getName(), new Property(feature, call.getRule()));
				}
			}
		}
		return result;
	}

	private static boolean settable(EStructuralFeature feature, AbstractRule rule) {
		if (feature == MODEL.getRole_Hires()) {
			return true;
		}
		if (feature.isMany()) {
			return false;
		}
		if (feature instanceof EReference reference) {
			return reference.isContainment() && reference.getEReferenceType() == MODEL.getDuration();
		}
		if (!(feature instanceof EAttribute attribute)) {
			return false;
		}
		Class<?> javaType = attribute.getEAttributeType().getInstanceClass();
		return rule instanceof EnumRule || javaType == BigDecimal.class || javaType == Integer.class;
	}

	/** A value that does not have the property's form, with the value converter's message. */
	public static final class InvalidValue extends Exception {
		private static final long serialVersionUID = 1L;

		InvalidValue(String message) {
			super(message);
		}
	}

	/**
	 * The value the override sets, converted as the language converts the property's text: a BigDecimal, an Integer,
	 * an enumeration literal, a {@link Duration} or a {@link Hire}. Not attached to any model.
	 */
	public Object value(Property property, ScenarioOverride override) throws InvalidValue {
		if (property.isHires()) {
			if (override.getAddedHire() == null) {
				throw new InvalidValue("hires are added, not set: write set " + "ROLE.hires + 4 on 2027-07-01");
			}
			Hire hire = SalesEngineFactory.eINSTANCE.createHire();
			hire.setCount(override.getAddedHire().getCount());
			hire.setDate(override.getAddedHire().getDate());
			return hire;
		}
		if (override.getAddedHire() != null) {
			throw new InvalidValue("only hires are added with +: write set ELEMENT." + property.name() + " VALUE");
		}
		String text = override.getValue();
		if (text == null) {
			throw new InvalidValue("expected a value for " + property.name());
		}
		if (property.feature() instanceof EReference) {
			return duration(text, override);
		}
		if (override.isSetUnit()) {
			throw new InvalidValue("'" + text + " " + override.getUnit().getLiteral() + "': " + property.name()
					+ " takes no unit of time");
		}
		if (property.rule() instanceof EnumRule rule) {
			return literal(rule, (EEnum) property.feature().getEType(), text);
		}
		return convert(text, property.rule().getName());
	}

	/**
	 * A value of the element's property as the engine writes it, and as the value converters read it back: 40%, 1.1M,
	 * 1.5x, fortnightly, 6 months, 2 on 2027-07-01; "(none)" when it is not set. A target or quota (a Quantity) of a
	 * percent KPI is a percentage, {@code 112%}, as it is written in the file: the converter alone would write the
	 * fraction {@code 1.12}. Every place that shows an override's value (compare, diff, calibrate, the diagrams'
	 * scenario marks) writes it through here.
	 */
	public String text(EObject element, Property property, Object value) {
		if (value instanceof BigDecimal number && QUANTITY.equals(property.rule().getName()) && ofPercentKpi(element)) {
			return org.salesengine.model.engine.Amounts.exactPercent(number);
		}
		return text(property, value);
	}

	/** A KPI measured in percent, or a measure on one: its target and quota are percentages. */
	private static boolean ofPercentKpi(EObject element) {
		org.salesengine.model.Kpi kpi = element instanceof org.salesengine.model.Kpi k ? k
				: element instanceof org.salesengine.model.Measure measure ? measure.getKpi() : null;
		return kpi != null && !kpi.eIsProxy() && kpi.getUnit() == org.salesengine.model.KpiUnit.PERCENT;
	}

	/** A value as the engine writes it where the element does not matter: see {@link #text(EObject, Property, Object)}. */
	private String text(Property property, Object value) {
		if (value == null) {
			return "(none)";
		}
		if (value instanceof Duration duration) {
			return durationText(duration);
		}
		if (value instanceof Hire hire) {
			return hire.getCount() + " on " + hire.getDate();
		}
		if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
			return literal.getLiteral();
		}
		try {
			return converters.toString(value, property.rule().getName());
		} catch (RuntimeException e) {
			return String.valueOf(value);
		}
	}

	/** 6 months, 21 days, 1 day: as the language writes a duration (it reads day and month too). */
	public static String durationText(Duration duration) {
		if (duration.getUnit() == null) {
			return String.valueOf(duration.getValue());
		}
		String unit = duration.getUnit().getLiteral();
		return duration.getValue() + " " + (Integer.valueOf(1).equals(duration.getValue()) ? unit.substring(0, unit.length() - 1) : unit);
	}

	private Duration duration(String text, ScenarioOverride override) throws InvalidValue {
		if (!override.isSetUnit()) {
			throw new InvalidValue("expected a duration such as 6 months or 30 days, not '" + text + "'");
		}
		Duration duration = SalesEngineFactory.eINSTANCE.createDuration();
		duration.setValue((Integer) convert(text, grammar.getIntegerRule().getName()));
		duration.setUnit(override.getUnit() == null ? TimeUnit.DAYS : override.getUnit());
		return duration;
	}

	private Object convert(String text, String ruleName) throws InvalidValue {
		try {
			return converters.toValue(text, ruleName, null);
		} catch (ValueConverterException e) {
			throw new InvalidValue(e.getMessage());
		}
	}

	/** The literal a keyword of the enumeration rule stands for: {@code biweekly} is fortnightly, as elsewhere. */
	private static Object literal(EnumRule rule, EEnum type, String text) throws InvalidValue {
		List<String> words = new ArrayList<>();
		for (EnumLiteralDeclaration declaration : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
			String word = declaration.getLiteral().getValue();
			words.add(word);
			if (word.equals(text)) {
				EEnumLiteral literal = type.getEEnumLiteral(declaration.getEnumLiteral().getName());
				return literal.getInstance();
			}
		}
		throw new InvalidValue("expected one of " + String.join(", ", words) + ", not '" + text + "'");
	}
}
