package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.salesengine.model.Behavior;
import org.salesengine.model.CompensationSection;
import org.salesengine.model.CultureSection;
import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.MetricsSection;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.Role;
import org.salesengine.model.RulesSection;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Section;
import org.salesengine.model.Segment;
import org.salesengine.model.Spif;
import org.salesengine.model.StrategySection;
import org.salesengine.model.StructureSection;
import org.salesengine.model.Territory;
import org.salesengine.model.Channel;
import org.salesengine.model.Team;
import org.salesengine.model.View;
import org.salesengine.model.ViewsSection;

/**
 * The elements of one file's part of an engine, across its sections. A file may repeat a section, and an element
 * written in the wrong section (or outside any) is still an element of the engine: the validator reports where it
 * belongs, and nothing that refers to it breaks meanwhile.
 */
public final class EngineSections {
	private EngineSections() {
	}

	public static <S extends Section> List<S> of(Engine fragment, Class<S> type) {
		List<S> result = new ArrayList<>(1);
		for (Section section : fragment.getSections()) {
			if (type.isInstance(section)) {
				result.add(type.cast(section));
			}
		}
		return result;
	}

	/** The elements of a kind: those in their own sections, in order, then the misplaced ones. */
	public static <S extends Section, T extends NamedElement> List<T> elements(Engine fragment, Class<S> home,
			Function<S, List<T>> feature, Class<T> kind) {
		List<T> result = null;
		for (Section section : fragment.getSections()) {
			if (home.isInstance(section)) {
				List<T> own = feature.apply(home.cast(section));
				if (!own.isEmpty()) {
					if (result == null) {
						result = new ArrayList<>(own.size());
					}
					result.addAll(own);
				}
			}
		}
		for (NamedElement element : misplaced(fragment)) {
			if (kind.isInstance(element)) {
				if (result == null) {
					result = new ArrayList<>(2);
				}
				result.add(kind.cast(element));
			}
		}
		return result == null ? List.of() : Collections.unmodifiableList(result);
	}

	/** Elements written outside any section or in another kind's section, in text order by section. */
	public static List<NamedElement> misplaced(Engine fragment) {
		if (fragment.getMisplaced().isEmpty() && fragment.getSections().stream().allMatch(s -> s.getMisplaced().isEmpty())) {
			return List.of();
		}
		List<NamedElement> result = new ArrayList<>(fragment.getMisplaced());
		fragment.getSections().forEach(s -> result.addAll(s.getMisplaced()));
		return result;
	}

	public static List<Objective> objectives(Engine f) {
		return elements(f, StrategySection.class, StrategySection::getObjectives, Objective.class);
	}

	public static List<Segment> segments(Engine f) {
		return elements(f, StrategySection.class, StrategySection::getSegments, Segment.class);
	}

	public static List<Role> roles(Engine f) {
		return elements(f, StructureSection.class, StructureSection::getRoles, Role.class);
	}

	public static List<Team> teams(Engine f) {
		return elements(f, StructureSection.class, StructureSection::getTeams, Team.class);
	}

	public static List<SalesProcess> processes(Engine f) {
		return elements(f, StructureSection.class, StructureSection::getProcesses, SalesProcess.class);
	}

	public static List<Territory> territories(Engine f) {
		return elements(f, StructureSection.class, StructureSection::getTerritories, Territory.class);
	}

	public static List<Channel> channels(Engine f) {
		return elements(f, StructureSection.class, StructureSection::getChannels, Channel.class);
	}

	public static List<Behavior> behaviors(Engine f) {
		return elements(f, CultureSection.class, CultureSection::getBehaviors, Behavior.class);
	}

	public static List<Ritual> rituals(Engine f) {
		return elements(f, CultureSection.class, CultureSection::getRituals, Ritual.class);
	}

	public static List<Kpi> kpis(Engine f) {
		return elements(f, MetricsSection.class, MetricsSection::getKpis, Kpi.class);
	}

	public static List<Plan> plans(Engine f) {
		return elements(f, CompensationSection.class, CompensationSection::getPlans, Plan.class);
	}

	public static List<Spif> spifs(Engine f) {
		return elements(f, CompensationSection.class, CompensationSection::getSpifs, Spif.class);
	}

	/** The first strategy section of the fragment that sets the revenue target, or null. */
	public static StrategySection revenueTargetSection(Engine f) {
		for (StrategySection strategy : of(f, StrategySection.class)) {
			if (strategy.getRevenueTarget() != null) {
				return strategy;
			}
		}
		return null;
	}

	public static BigDecimal revenueTarget(Engine f) {
		StrategySection strategy = revenueTargetSection(f);
		return strategy == null ? null : strategy.getRevenueTarget();
	}

	/** The first strategy section of the fragment that gives a seasonality, or null. */
	public static StrategySection seasonalitySection(Engine f) {
		for (StrategySection strategy : of(f, StrategySection.class)) {
			if (!strategy.getSeasonality().isEmpty()) {
				return strategy;
			}
		}
		return null;
	}

	public static List<RulesSection> rules(Engine f) {
		return of(f, RulesSection.class);
	}

	/** The saved views of the fragment, across its views sections, in text order. */
	public static List<View> views(Engine f) {
		List<View> result = new ArrayList<>();
		for (ViewsSection section : of(f, ViewsSection.class)) {
			result.addAll(section.getViews());
		}
		return result;
	}
}
