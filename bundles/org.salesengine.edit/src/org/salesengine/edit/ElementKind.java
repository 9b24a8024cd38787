package org.salesengine.edit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.salesengine.model.SalesEnginePackage.Literals;

/**
 * The kinds of element a palette creates, each with the place it goes: a list of its pillar's section, or of its
 * parent (a process's stages and outcomes, a plan's measures).
 */
public enum ElementKind {
	OBJECTIVE("objective", "Objective", Literals.OBJECTIVE, Literals.STRATEGY_SECTION, Literals.STRATEGY_SECTION__OBJECTIVES),
	SEGMENT("segment", "Segment", Literals.SEGMENT, Literals.STRATEGY_SECTION, Literals.STRATEGY_SECTION__SEGMENTS),
	ROLE("role", "Role", Literals.ROLE, Literals.STRUCTURE_SECTION, Literals.STRUCTURE_SECTION__ROLES),
	TEAM("team", "Team", Literals.TEAM, Literals.STRUCTURE_SECTION, Literals.STRUCTURE_SECTION__TEAMS),
	PROCESS("process", "Process", Literals.SALES_PROCESS, Literals.STRUCTURE_SECTION, Literals.STRUCTURE_SECTION__PROCESSES),
	STAGE("stage", "Stage", Literals.STAGE, Literals.SALES_PROCESS, Literals.SALES_PROCESS__STAGES),
	WON("won", "Won", Literals.OUTCOME, Literals.SALES_PROCESS, Literals.SALES_PROCESS__WON),
	LOST("lost", "Lost", Literals.OUTCOME, Literals.SALES_PROCESS, Literals.SALES_PROCESS__LOST),
	BEHAVIOR("behavior", "Behavior", Literals.BEHAVIOR, Literals.CULTURE_SECTION, Literals.CULTURE_SECTION__BEHAVIORS),
	RITUAL("ritual", "Ritual", Literals.RITUAL, Literals.CULTURE_SECTION, Literals.CULTURE_SECTION__RITUALS),
	KPI("kpi", "Kpi", Literals.KPI, Literals.METRICS_SECTION, Literals.METRICS_SECTION__KPIS),
	PLAN("plan", "Plan", Literals.PLAN, Literals.COMPENSATION_SECTION, Literals.COMPENSATION_SECTION__PLANS),
	MEASURE("measure", "", Literals.MEASURE, Literals.PLAN, Literals.PLAN__MEASURES),
	SPIF("spif", "Spif", Literals.SPIF, Literals.COMPENSATION_SECTION, Literals.COMPENSATION_SECTION__SPIFS);

	private final String word;
	private final String namePrefix;
	private final EClass type;
	private final EClass container;
	private final EReference feature;

	ElementKind(String word, String namePrefix, EClass type, EClass container, EReference feature) {
		this.word = word;
		this.namePrefix = namePrefix;
		this.type = type;
		this.container = container;
		this.feature = feature;
	}

	/** The keyword the language writes the element with. */
	public String word() {
		return word;
	}

	/** The stem of fresh names: Kpi1, Kpi2. */
	String namePrefix() {
		return namePrefix;
	}

	public EClass type() {
		return type;
	}

	/** The section (or the parent element's class) whose list holds this kind. */
	EClass container() {
		return container;
	}

	EReference feature() {
		return feature;
	}

	/** Whether elements of this kind live inside another element (a process, a plan) named by the operation. */
	public boolean needsParent() {
		return !Literals.SECTION.isSuperTypeOf(container);
	}

	public static ElementKind of(String word) {
		for (ElementKind kind : values()) {
			if (kind.word.equals(word.toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown kind of element '" + word + "': expected one of " + words());
	}

	public static String words() {
		return Arrays.stream(values()).map(ElementKind::word).collect(Collectors.joining(", "));
	}
}
