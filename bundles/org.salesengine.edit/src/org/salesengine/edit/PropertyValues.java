package org.salesengine.edit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.salesengine.model.Duration;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.TimeUnit;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * Sets an element's property from text written as in a .sales file, read by the language's own value converters, so
 * a bad value is refused with the message the parser would give ("expected a percentage such as 40%"). The new
 * value is written back by the same converters, in the language's canonical form (45k, 40%, 1.5x).
 */
final class PropertyValues {
	@Inject
	private IValueConverterService converters;

	Change plan(WholeEngine engine, EditOperation.SetProperty set) throws Refusal {
		EObject element = Names.find(engine, set.element());
		Property property = property(set.property());
		if (!property.appliesTo(element.eClass())) {
			throw new Refusal(Names.describe(element) + " has no " + property.word() + ": it is a setting of " + Names.kindOf(property.owner()));
		}
		String target = property.word() + " of " + Names.describe(element);
		if (set.value() == null) {
			if (property.features().stream().noneMatch(element::eIsSet)) {
				throw new Refusal(target + " is not set");
			}
			return Change.of("removed " + target, () -> property.features().forEach(element::eUnset));
		}
		Object[] values = values(property, set.value().strip());
		return Change.of("set " + target + " to " + set.value().strip(), () -> {
			for (int i = 0; i < values.length; i++) {
				write(element, property.features().get(i), values[i]);
			}
		});
	}

	private static Property property(String word) throws Refusal {
		try {
			return Property.of(word);
		} catch (IllegalArgumentException e) {
			throw new Refusal(e.getMessage());
		}
	}

	/** The model values of the text, one per feature of the property. */
	private Object[] values(Property property, String text) throws Refusal {
		EStructuralFeature feature = property.features().get(0);
		switch (property.rule()) {
			case "STRING":
				if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
					throw new Refusal(property.word() + " is one line of text");
				}
				return new Object[] { text };
			case "yes/no":
				return switch (text.toLowerCase(Locale.ROOT)) {
					case "yes", "true" -> new Object[] { true };
					case "no", "false" -> new Object[] { false };
					default -> throw new Refusal(property.word() + " is yes or no, not '" + text + "'");
				};
			case "Share/Share":
				String[] parts = text.split("/", -1);
				if (parts.length != 2) {
					throw new Refusal(property.word() + " is written base/incentive, such as 60/40, not '" + text + "'");
				}
				return new Object[] { convert("Share", parts[0].strip(), property.word()), convert("Share", parts[1].strip(), property.word()) };
			case "Duration":
				return new Object[] { duration(text, property.word()) };
			default:
				if (feature.getEType() instanceof EEnum type) {
					return new Object[] { literal(type, text, property.word()) };
				}
				return new Object[] { convert(property.rule(), text, property.word()) };
		}
	}

	/** The value of the text by the rule's converter; its message when it cannot read it. */
	Object convert(String rule, String text, String what) throws Refusal {
		try {
			return converters.toValue(text, rule, null);
		} catch (ValueConverterException e) {
			throw new Refusal("invalid " + what + " '" + text + "': " + e.getMessage());
		}
	}

	/** "6 months", "10 days". */
	private Duration duration(String text, String what) throws Refusal {
		String[] parts = text.split("\\s+");
		if (parts.length != 2) {
			throw new Refusal("invalid " + what + " '" + text + "': expected a duration such as 6 months or 10 days");
		}
		Duration duration = SalesEngineFactory.eINSTANCE.createDuration();
		duration.setValue((Integer) convert("Integer", parts[0], what));
		duration.setUnit(switch (parts[1].toLowerCase(Locale.ROOT)) {
			case "day", "days" -> TimeUnit.DAYS;
			case "month", "months" -> TimeUnit.MONTHS;
			default -> throw new Refusal("invalid " + what + " '" + text + "': the unit is days or months, not '" + parts[1] + "'");
		});
		return duration;
	}

	private static Object literal(EEnum type, String text, String what) throws Refusal {
		for (EEnumLiteral literal : type.getELiterals()) {
			if (literal.getLiteral().equals(text) || literal.getName().equals(text)) {
				return literal.getInstance();
			}
		}
		List<String> words = type.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
		throw new Refusal("invalid " + what + " '" + text + "': expected one of " + words.stream().collect(Collectors.joining(", ")));
	}

	/** A duration is edited in place when there is one, so that only its number and unit are rewritten. */
	private static void write(EObject element, EStructuralFeature feature, Object value) {
		if (value instanceof Duration duration && element.eGet(feature) instanceof Duration current) {
			current.setValue(duration.getValue());
			current.setUnit(duration.getUnit());
		} else {
			element.eSet(feature, value instanceof EObject object && object.eContainer() != null ? EcoreUtil.copy(object) : value);
		}
	}
}
