package org.salesengine.dsl.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Plan;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Spif;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.ElementKinds;
import org.salesengine.model.engine.WholeEngine;

/**
 * The subject of a finding, as its rule's {@link CauseSubject} names it: the key that makes findings one cause, and
 * how people call it. One instance serves the findings of one file; formula cycles are computed once for it.
 */
public final class Causes {
	/**
	 * @param key   the subject's id, unique in the engine ({@code Acme.Revenue}); null when the finding's subject is
	 *              not known (then it is a cause of its own)
	 * @param label for people: "KPI Revenue"
	 */
	public record Subject(String key, String label) {
		static final Subject UNKNOWN = new Subject(null, "");
	}

	/** How many of a formula cycle's KPIs its cause names. */
	private static final int NAMED_MEMBERS = 4;

	private FormulaCycles cycles;

	/**
	 * The subject of a finding of this rule about this element; {@code linkText} is the text that links to nothing,
	 * for unresolved references.
	 */
	public Subject of(Rule rule, EObject element, String linkText) {
		if (rule == null || element == null) {
			return Subject.UNKNOWN;
		}
		return switch (rule.cause()) {
			case MEASURED_KPI -> element instanceof Measure measure ? named(measure.getKpi()) : of(element);
			case REWARDED_KPI -> element instanceof Spif spif ? named(spif.getRewards()) : of(element);
			case PLANNED_ROLE -> element instanceof Plan plan ? named(plan.getRole()) : of(element);
			case PRODUCED_KPI -> element instanceof SalesProcess process ? named(process.getProduces()) : of(element);
			case FORMULA_CYCLE -> element instanceof Kpi kpi ? cycle(kpi) : of(element);
			case DUPLICATED_NAME -> element instanceof NamedElement named && named.getName() != null
					? new Subject(ElementIds.of(named) + (named instanceof Stage ? "@" + ElementIds.of(named.eContainer()) : ""),
							"name '" + named.getName() + "'")
					: Subject.UNKNOWN;
			case STAGE_OWNER -> element instanceof Stage stage && WholeEngine.resolved(stage.getOwner())
					&& stage.eContainer() instanceof SalesProcess process && process.getName() != null
							? new Subject(ElementIds.of(process) + "/" + stage.getOwner().getName(),
									"role " + stage.getOwner().getName() + " in process " + process.getName())
							: of(element);
			case LINK_TEXT -> linkText == null || linkText.isBlank() ? Subject.UNKNOWN
					: new Subject(engineName(element) + ":" + linkText, "the unknown name '" + linkText + "'");
			case ELEMENT -> of(element);
		};
	}

	/** The element a finding is reported on, or the named element (or measure) that holds it. */
	private static Subject of(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Engine) {
				return Subject.UNKNOWN;
			}
			if (current instanceof NamedElement named) {
				// An element written without a name has no id of its own: its findings stay apart.
				return named.getName() == null ? Subject.UNKNOWN : named(named);
			}
			if (current instanceof Measure measure && measure.eContainer() instanceof Plan plan) {
				return new Subject(ElementIds.of(measure), "measure " + ElementIds.measuredKpiName(measure) + " in plan "
						+ (plan.getName() == null ? "(unnamed)" : plan.getName()));
			}
		}
		return Subject.UNKNOWN;
	}

	private static Subject named(EObject element) {
		if (!WholeEngine.resolved(element) || !(element instanceof NamedElement named) || named.getName() == null) {
			return Subject.UNKNOWN;
		}
		return new Subject(ElementIds.of(named), ElementKinds.of(named) + " " + named.getName());
	}

	private Subject cycle(Kpi kpi) {
		if (cycles == null) {
			Engine fragment = EcoreUtil2.getContainerOfType(kpi, Engine.class);
			cycles = FormulaCycles.around(fragment == null ? List.of(kpi) : org.salesengine.model.engine.EngineSections.kpis(fragment));
		}
		Set<Kpi> members = cycles.componentOf(kpi);
		if (members.isEmpty()) {
			return of(kpi);
		}
		List<Kpi> sorted = members.stream().sorted(Comparator.comparing(ElementIds::of)).toList();
		// Cycles are disjoint, so their first KPI names a large one: its id and label stay short however long it is.
		int shown = sorted.size() <= NAMED_MEMBERS ? sorted.size() : NAMED_MEMBERS;
		String more = shown == sorted.size() ? "" : " and " + (sorted.size() - shown) + " more";
		return new Subject(sorted.subList(0, shown).stream().map(ElementIds::of).collect(Collectors.joining("+"))
				+ (more.isEmpty() ? "" : "+" + (sorted.size() - shown) + "-more"),
				"the formula cycle of KPIs " + sorted.subList(0, shown).stream().map(Kpi::getName).collect(Collectors.joining(", "))
						+ more);
	}

	private static String engineName(EObject element) {
		Engine engine = EcoreUtil2.getContainerOfType(element, Engine.class);
		return engine == null || engine.getName() == null ? "" : engine.getName();
	}
}
