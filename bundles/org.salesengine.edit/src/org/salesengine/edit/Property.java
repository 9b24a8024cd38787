package org.salesengine.edit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.salesengine.model.SalesEnginePackage.Literals;

/**
 * The settings an edition table shows as cells, by the words of the language, each with the grammar rule whose value
 * converter reads it: {@code headcount 12}, {@code conversion 40%}, {@code ote 140k}, {@code ramp 6 months},
 * {@code mix 60/40}.
 */
public enum Property {
	DISPLAY_NAME("display-name", "STRING", Literals.NAMED_ELEMENT__DISPLAY_NAME),
	DESCRIPTION("description", "STRING", Literals.NAMED_ELEMENT__DESCRIPTION),
	PRIORITY("priority", "Integer", Literals.OBJECTIVE__PRIORITY),
	HEADCOUNT("headcount", "Integer", Literals.ROLE__HEADCOUNT),
	CARRIES_QUOTA("carries-quota", "yes/no", Literals.ROLE__CARRIES_QUOTA),
	RAMP("ramp", "Duration", Literals.ROLE__RAMP),
	ATTRITION("attrition", "Percent", Literals.ROLE__ATTRITION),
	AVERAGE_DEAL("average-deal", "Amount", Literals.SALES_PROCESS__AVERAGE_DEAL),
	CONVERSION("conversion", "Percent", Literals.STAGE__CONVERSION),
	DURATION("duration", "Duration", Literals.STAGE__DURATION),
	EXIT("exit", "STRING", Literals.STAGE__EXIT_CRITERION),
	CADENCE("cadence", "Cadence", Literals.RITUAL__CADENCE),
	UNIT("unit", "KpiUnit", Literals.KPI__UNIT),
	SIGNAL("signal", "Signal", Literals.KPI__SIGNAL),
	TARGET("target", "Quantity", Literals.KPI__TARGET),
	SOURCE("source", "STRING", Literals.KPI__SOURCE),
	OTE("ote", "Amount", Literals.PLAN__ON_TARGET_EARNINGS),
	MIX("mix", "Share/Share", Literals.PLAN__MIX_BASE, Literals.PLAN__MIX_INCENTIVE),
	WEIGHT("weight", "Percent", Literals.MEASURE__WEIGHT),
	QUOTA("quota", "Quantity", Literals.MEASURE__QUOTA),
	CREDIT("credit", "CreditType", Literals.MEASURE__CREDIT),
	THRESHOLD("threshold", "Percent", Literals.MEASURE__THRESHOLD),
	ACCELERATOR("accelerator", "Multiplier", Literals.MEASURE__ACCELERATOR),
	ACCELERATOR_ABOVE("accelerator-above", "Percent", Literals.MEASURE__ACCELERATOR_ABOVE),
	CAP("cap", "Percent", Literals.MEASURE__CAP),
	BONUS("bonus", "Amount", Literals.SPIF__BONUS),
	BASIS("basis", "BonusBasis", Literals.SPIF__BASIS);

	private final String word;
	private final String rule;
	private final List<EStructuralFeature> features;

	Property(String word, String rule, EStructuralFeature... features) {
		this.word = word;
		this.rule = rule;
		this.features = List.of(features);
	}

	public String word() {
		return word;
	}

	/** The grammar rule that reads the value ("Percent"); "Share/Share" and "yes/no" are read in parts. */
	String rule() {
		return rule;
	}

	List<EStructuralFeature> features() {
		return features;
	}

	boolean appliesTo(EClass type) {
		return features.get(0).getEContainingClass().isSuperTypeOf(type);
	}

	EClass owner() {
		return features.get(0).getEContainingClass();
	}

	/**
	 * The property a table cell writes back, by the cell's property: the model feature's name
	 * ({@code onTargetEarnings}, {@code exitCriterion}) or the language's word ({@code mix}); empty for a cell that is
	 * no single setting.
	 */
	public static java.util.Optional<Property> ofCell(String property) {
		return Arrays.stream(values())
				.filter(p -> p.word.equals(property) || p.features.stream().anyMatch(f -> f.getName().equals(property)))
				.findFirst();
	}

	public static Property of(String word) {
		for (Property property : values()) {
			if (property.word.equals(word.toLowerCase(Locale.ROOT))) {
				return property;
			}
		}
		throw new IllegalArgumentException("unknown property '" + word + "': expected one of " + words());
	}

	public static String words() {
		return Arrays.stream(values()).map(Property::word).collect(Collectors.joining(", "));
	}
}
