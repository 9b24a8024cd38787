package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.Behavior;
import org.salesengine.model.CreditType;
import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiReference;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.Spif;
import org.salesengine.model.Stage;
import org.salesengine.model.StrategySection;
import org.salesengine.model.Team;
import org.salesengine.model.Territory;
import org.salesengine.model.Channel;

/**
 * An engine as a whole: the union of the fragments that share its name, usually one file per pillar. Rules that
 * ask "does anything in the engine ..." (is this objective measured, is this role paid) ask it here, so they see
 * every file. The reverse indexes are built once, on first use, in one pass over the engine.
 */
public final class WholeEngine {
	private final List<Engine> fragments;
	private final Map<String, List<?>> elements = new java.util.concurrent.ConcurrentHashMap<>();
	private Indexes indexes;
	private Optional<Period> period;

	private WholeEngine(List<Engine> fragments) {
		this.fragments = List.copyOf(fragments);
	}

	public static WholeEngine of(List<Engine> fragments) {
		if (fragments.isEmpty()) {
			throw new IllegalArgumentException("an engine has at least one fragment");
		}
		return new WholeEngine(fragments);
	}

	public static WholeEngine of(Engine single) {
		return of(List.of(single));
	}

	public String name() {
		return fragments.get(0).getName();
	}

	/** The display name given in any fragment, else the engine's name. */
	public String displayName() {
		return firstSet(Engine::getDisplayName, name());
	}

	public List<Engine> fragments() {
		return fragments;
	}

	public BigDecimal revenueTarget() {
		return firstSet(EngineSections::revenueTarget, null);
	}

	public String currency() {
		return firstSet(Engine::getCurrency, null);
	}

	public String periodStart() {
		return firstSet(Engine::getPeriodStart, null);
	}

	public String periodEnd() {
		return firstSet(Engine::getPeriodEnd, null);
	}

	/** The period cut into months ({@link Period}), read once; null when it is missing, unreadable or reversed. */
	public Period period() {
		if (period == null) {
			period = Optional.ofNullable(Period.of(periodStart(), periodEnd()));
		}
		return period.orElse(null);
	}

	public List<Objective> objectives() {
		return all("objectives", EngineSections::objectives);
	}

	/**
	 * The objectives in the order people read them in diagrams and tables: by their {@code priority} (1 first),
	 * those without one last, ties in file order.
	 */
	public List<Objective> objectivesByPriority() {
		return objectives().stream()
				.sorted(Comparator.comparing(Objective::getPriority, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	public List<Segment> segments() {
		return all("segments", EngineSections::segments);
	}

	public List<Role> roles() {
		return all("roles", EngineSections::roles);
	}

	public List<Team> teams() {
		return all("teams", EngineSections::teams);
	}

	public List<SalesProcess> processes() {
		return all("processes", EngineSections::processes);
	}

	public List<Territory> territories() {
		return all("territories", EngineSections::territories);
	}

	public List<Channel> channels() {
		return all("channels", EngineSections::channels);
	}

	public List<Behavior> behaviors() {
		return all("behaviors", EngineSections::behaviors);
	}

	public List<Ritual> rituals() {
		return all("rituals", EngineSections::rituals);
	}

	public List<Kpi> kpis() {
		return all("kpis", EngineSections::kpis);
	}

	public List<Plan> plans() {
		return all("plans", EngineSections::plans);
	}

	public List<Spif> spifs() {
		return all("spifs", EngineSections::spifs);
	}

	/** The saved views of every fragment, in file order. */
	public List<org.salesengine.model.View> views() {
		return all("views", EngineSections::views);
	}

	public List<Kpi> kpisSupporting(Objective objective) {
		return indexes().kpisSupporting.getOrDefault(objective, List.of());
	}

	public List<Plan> plansFor(Role role) {
		return indexes().plansFor.getOrDefault(role, List.of());
	}

	public List<Measure> measuresOn(Kpi kpi) {
		return indexes().measuresOn.getOrDefault(kpi, List.of());
	}

	public List<Ritual> ritualsReviewing(Kpi kpi) {
		return indexes().ritualsReviewing.getOrDefault(kpi, List.of());
	}

	public List<Team> teamsCovering(Segment segment) {
		return indexes().teamsCovering.getOrDefault(segment, List.of());
	}

	/** Teams that the role leads or is a member of. */
	public List<Team> teamsOf(Role role) {
		return indexes().teamsOf.getOrDefault(role, List.of());
	}

	/** KPIs whose formula refers to this KPI. */
	public List<Kpi> formulasUsing(Kpi kpi) {
		return indexes().formulasUsing.getOrDefault(kpi, List.of());
	}

	public List<Behavior> behaviorsIndicatedBy(Kpi kpi) {
		return indexes().behaviorsIndicatedBy.getOrDefault(kpi, List.of());
	}

	public List<SalesProcess> processesProducing(Kpi kpi) {
		return indexes().processesProducing.getOrDefault(kpi, List.of());
	}

	public List<Spif> spifsRewarding(Kpi kpi) {
		return indexes().spifsRewarding.getOrDefault(kpi, List.of());
	}

	/** The distinct KPIs a KPI's formula refers to, in order of first appearance; empty without a formula. */
	public static List<Kpi> formulaInputs(Kpi kpi) {
		if (kpi.getFormula() == null) {
			return List.of();
		}
		LinkedHashSet<Kpi> inputs = new LinkedHashSet<>();
		collectReferences(kpi.getFormula(), inputs);
		return List.copyOf(inputs);
	}

	/**
	 * Street quota: the sum of quota × nominal heads (headcount plus hires) over the individual quotas of
	 * quota-carrying roles on the KPIs that measure the revenue target. Overlay and pooled quotas are credit on deals
	 * individual quotas already carry, so they never add up here. When the strategy says {@code measured by K1, K2},
	 * only quotas on those KPIs and on KPIs whose formulas add them up count; otherwise quotas on currency KPIs that are
	 * not pipeline ({@link #isRevenue}). A
	 * role is quota-carrying when it is marked {@code carries quota} or holds such an individual quota. Empty when no
	 * measure contributes.
	 */
	public StreetQuota streetQuota() {
		Set<Kpi> measuring = revenueKpis();
		List<StreetQuota.Contribution> contributions = new ArrayList<>();
		for (Plan plan : plans()) {
			Role role = plan.getRole();
			if (!resolved(role) || role.getHeadcount() == null) {
				continue;
			}
			for (Measure measure : plan.getMeasures()) {
				Kpi kpi = measure.getKpi();
				if (measure.periodQuota() != null && measure.getCredit() == CreditType.INDIVIDUAL && resolved(kpi)
						&& (measuring == null ? isRevenue(kpi) : measuring.contains(kpi))) {
					contributions.add(new StreetQuota.Contribution(plan, measure, measure.periodQuota(), nominalHeads(role)));
				}
			}
		}
		return new StreetQuota(contributions);
	}

	/**
	 * A currency KPI that is not pipeline ({@link FunnelBound#isPipeline}): what a quota must be on to be a revenue
	 * quota when the strategy does not say which KPIs measure the revenue target.
	 */
	public static boolean isRevenue(Kpi kpi) {
		return kpi.isSetUnit() && kpi.getUnit() == KpiUnit.CURRENCY && !FunnelBound.isPipeline(kpi);
	}

	/**
	 * The KPIs named by {@code revenue target ... measured by}, with every KPI they add up (a target measured by
	 * Revenue = NewARR + Renewals counts quotas on NewARR and Renewals); null when the strategy names none (then
	 * currency KPIs measure the target).
	 */
	public Set<Kpi> revenueKpis() {
		List<Kpi> named = all("revenueMeasures", f -> EngineSections.of(f, StrategySection.class).stream()
				.flatMap(s -> s.getRevenueMeasures().stream()).filter(WholeEngine::resolved).toList());
		if (named.isEmpty()) {
			return null;
		}
		Set<Kpi> result = new LinkedHashSet<>();
		named.forEach(kpi -> result.addAll(KpiSums.withTermsOf(kpi)));
		return result;
	}

	/**
	 * H + Σ N: the role's headcount with every hire inside the period counted as a full head (without a readable
	 * period, every hire); 0 without a headcount.
	 */
	public int nominalHeads(Role role) {
		Period period = period();
		if (period != null) {
			return Staffing.of(role, period).nominalHeads();
		}
		int heads = role.getHeadcount() == null ? 0 : role.getHeadcount();
		for (org.salesengine.model.Hire hire : role.getHires()) {
			heads += hire.getCount() == null ? 0 : hire.getCount();
		}
		return heads;
	}

	public static boolean resolved(EObject element) {
		return element != null && !element.eIsProxy();
	}

	private static void collectReferences(EObject formula, LinkedHashSet<Kpi> into) {
		if (formula instanceof KpiReference reference && resolved(reference.getKpi())) {
			into.add(reference.getKpi());
		}
		for (TreeIterator<EObject> it = formula.eAllContents(); it.hasNext();) {
			if (it.next() instanceof KpiReference reference && resolved(reference.getKpi())) {
				into.add(reference.getKpi());
			}
		}
	}

	/**
	 * The elements of a kind across the fragments, computed once: an engine is read, not edited, while a WholeEngine
	 * of it is in use (the validator's facts are thrown away when a file changes).
	 */
	@SuppressWarnings("unchecked")
	private <T> List<T> all(String kind, Function<Engine, List<T>> feature) {
		List<?> known = elements.get(kind);
		if (known != null) {
			return (List<T>) known;
		}
		List<T> result;
		if (fragments.size() == 1) {
			result = feature.apply(fragments.get(0));
		} else {
			List<T> collected = new ArrayList<>();
			for (Engine fragment : fragments) {
				collected.addAll(feature.apply(fragment));
			}
			result = Collections.unmodifiableList(collected);
		}
		elements.put(kind, result);
		return result;
	}

	private <T> T firstSet(Function<Engine, T> setting, T otherwise) {
		return fragments.stream().map(setting).filter(Objects::nonNull).findFirst().orElse(otherwise);
	}

	private Indexes indexes() {
		if (indexes == null) {
			indexes = new Indexes(this);
		}
		return indexes;
	}

	/** Reverse references, keyed by identity: EObjects do not override equals, and proxies are left out. */
	private static final class Indexes {
		final Map<Objective, List<Kpi>> kpisSupporting = new IdentityHashMap<>();
		final Map<Role, List<Plan>> plansFor = new IdentityHashMap<>();
		final Map<Kpi, List<Measure>> measuresOn = new IdentityHashMap<>();
		final Map<Kpi, List<Ritual>> ritualsReviewing = new IdentityHashMap<>();
		final Map<Segment, List<Team>> teamsCovering = new IdentityHashMap<>();
		final Map<Role, List<Team>> teamsOf = new IdentityHashMap<>();
		final Map<Kpi, List<Kpi>> formulasUsing = new IdentityHashMap<>();
		final Map<Kpi, List<Behavior>> behaviorsIndicatedBy = new IdentityHashMap<>();
		final Map<Kpi, List<SalesProcess>> processesProducing = new IdentityHashMap<>();
		final Map<Kpi, List<Spif>> spifsRewarding = new IdentityHashMap<>();

		Indexes(WholeEngine engine) {
			for (Kpi kpi : engine.kpis()) {
				kpi.getSupports().forEach(objective -> add(kpisSupporting, objective, kpi));
				formulaInputs(kpi).forEach(input -> add(formulasUsing, input, kpi));
			}
			for (Plan plan : engine.plans()) {
				add(plansFor, plan.getRole(), plan);
				plan.getMeasures().forEach(measure -> add(measuresOn, measure.getKpi(), measure));
			}
			for (Ritual ritual : engine.rituals()) {
				ritual.getReviews().forEach(kpi -> add(ritualsReviewing, kpi, ritual));
			}
			for (Team team : engine.teams()) {
				team.getCovers().forEach(segment -> add(teamsCovering, segment, team));
				add(teamsOf, team.getLead(), team);
				team.getMembers().forEach(member -> {
					if (member != team.getLead()) {
						add(teamsOf, member, team);
					}
				});
			}
			for (Behavior behavior : engine.behaviors()) {
				behavior.getIndicators().forEach(kpi -> add(behaviorsIndicatedBy, kpi, behavior));
			}
			for (SalesProcess process : engine.processes()) {
				add(processesProducing, process.getProduces(), process);
			}
			for (Spif spif : engine.spifs()) {
				add(spifsRewarding, spif.getRewards(), spif);
			}
		}

		private static <K extends EObject, V> void add(Map<K, List<V>> index, K key, V value) {
			if (resolved(key)) {
				index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
			}
		}
	}
}
