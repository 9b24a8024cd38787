package org.salesengine.edit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.salesengine.model.SalesEnginePackage.Literals;

/**
 * The links of the engine map, each written as one reference of its source element: a KPI {@code supports} an
 * objective, a ritual {@code reviews} a KPI, a team's {@code members} are roles. A word may stand for the same link
 * from different kinds of source ({@code owner} of a stage or of a KPI). A {@link #MEASURE} is an element of its own
 * (a plan's measure of a KPI, with a weight) and is created or deleted whole.
 */
public enum LinkType {
	SUPPORTS("supports", Literals.KPI__SUPPORTS),
	REVIEWS("reviews", Literals.RITUAL__REVIEWS),
	MEASURE("measure", Literals.PLAN__MEASURES),
	INDICATOR("indicator", Literals.BEHAVIOR__INDICATORS),
	REINFORCED_BY("reinforced-by", Literals.BEHAVIOR__REINFORCED_BY),
	EXPECTED_OF("expected-of", Literals.BEHAVIOR__EXPECTED_OF),
	DURING("during", Literals.BEHAVIOR__DURING),
	OWNER("owner", Literals.STAGE__OWNER, Literals.KPI__OWNER),
	COVERS("covers", Literals.TEAM__COVERS),
	MEMBERS("members", Literals.TEAM__MEMBERS),
	LEAD("lead", Literals.TEAM__LEAD),
	PRODUCES("produces", Literals.SALES_PROCESS__PRODUCES),
	SERVES("for", Literals.SALES_PROCESS__SEGMENTS, Literals.PLAN__ROLE, Literals.SPIF__ROLES),
	LED_BY("led-by", Literals.RITUAL__LED_BY),
	ATTENDED_BY("attended-by", Literals.RITUAL__ATTENDED_BY),
	REPORTS_TO("reports-to", Literals.ROLE__REPORTS_TO),
	REWARDS("rewards", Literals.SPIF__REWARDS);

	private final String word;
	private final List<EReference> features;

	LinkType(String word, EReference... features) {
		this.word = word;
		this.features = List.of(features);
	}

	public String word() {
		return word;
	}

	/** The reference that holds this link in a source of this class, or null when the class has no such link. */
	EReference feature(EClass source) {
		for (EReference feature : features) {
			if (feature.getEContainingClass().isSuperTypeOf(source)) {
				return feature;
			}
		}
		return null;
	}

	/** The kinds of element this link goes from, for messages: "a KPI or a stage". */
	String sources() {
		return features.stream().map(f -> Names.kindOf(f.getEContainingClass())).collect(Collectors.joining(" or "));
	}

	/** The class of element the link points to (for a measure: the KPI). */
	EClass target(EReference feature) {
		return this == MEASURE ? Literals.KPI : feature.getEReferenceType();
	}

	public static LinkType of(String word) {
		for (LinkType link : values()) {
			if (link.word.equals(word.toLowerCase(Locale.ROOT))) {
				return link;
			}
		}
		throw new IllegalArgumentException("unknown link '" + word + "': expected one of " + words());
	}

	public static String words() {
		return Arrays.stream(values()).map(LinkType::word).collect(Collectors.joining(", "));
	}
}
