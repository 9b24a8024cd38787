package org.salesengine.diagram.tests;

import java.math.BigDecimal;
import java.util.List;

import org.salesengine.model.Behavior;
import org.salesengine.model.BinaryOperation;
import org.salesengine.model.Cadence;
import org.salesengine.model.CompensationSection;
import org.salesengine.model.CultureSection;
import org.salesengine.model.Duration;
import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiReference;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.MetricsSection;
import org.salesengine.model.Objective;
import org.salesengine.model.Operator;
import org.salesengine.model.Outcome;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.Role;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.Signal;
import org.salesengine.model.Spif;
import org.salesengine.model.Stage;
import org.salesengine.model.StrategySection;
import org.salesengine.model.StructureSection;
import org.salesengine.model.Team;
import org.salesengine.model.TimeUnit;

/**
 * A large, consistent engine built in memory, for checking that big diagrams stay readable and for the layout
 * benchmark. It has {@code units} business units of twenty elements each (15 units give 300 boxes on the engine
 * map): an objective, a segment, two roles, a team, a process, three behaviors, two rituals, six KPIs, two plans and
 * a SPIF, linked the way real engines are. With {@link Shape#UNITS} a unit's links stay inside the unit, except that
 * every unit's first KPI also supports the company objective, as in a real engine organised by business line; with
 * {@link Shape#SCATTERED} every link goes to an element of another unit, the worst case for crossings and edge
 * lanes. No randomness: the same arguments build the same engine. A generator of realistic engines is another
 * issue's job.
 */
public final class SyntheticEngine {
	private static final SalesEngineFactory MAKE = SalesEngineFactory.eINSTANCE;
	private static final int KPIS = 6;
	private static final int ROLES = 2;
	private static final int RITUALS = 2;
	private static final int BEHAVIORS = 3;
	private static final int PLANS = 2;

	public enum Shape {
		UNITS, SCATTERED
	}

	private final Shape shape;
	private final int units;
	private final Engine engine = MAKE.createEngine();
	private final StrategySection strategy = MAKE.createStrategySection();
	private final StructureSection structure = MAKE.createStructureSection();
	private final CultureSection culture = MAKE.createCultureSection();
	private final MetricsSection metrics = MAKE.createMetricsSection();
	private final CompensationSection compensation = MAKE.createCompensationSection();

	private SyntheticEngine(int units, Shape shape) {
		this.units = units;
		this.shape = shape;
	}

	/** Boxes on the engine map: twenty per unit. */
	public static int elementCount(int units) {
		return 20 * units;
	}

	public static Engine create(int units) {
		return create(units, Shape.UNITS);
	}

	public static Engine create(int units, Shape shape) {
		return new SyntheticEngine(units, shape).build();
	}

	private Engine build() {
		engine.setName("Synthetic");
		engine.setDisplayName("Synthetic engine, " + units + " units, " + shape.name().toLowerCase());
		engine.setCurrency("EUR");
		engine.setPeriodStart("2027-01-01");
		engine.setPeriodEnd("2027-12-31");
		strategy.setRevenueTarget(BigDecimal.valueOf(50_000_000L));
		engine.getSections().addAll(List.of(strategy, structure, culture, metrics, compensation));
		for (int u = 0; u < units; u++) {
			Objective objective = MAKE.createObjective();
			objective.setName("Objective" + (u + 1));
			objective.setDisplayName("Grow line of business " + (u + 1));
			objective.setPriority(u + 1);
			strategy.getObjectives().add(objective);
			Segment segment = MAKE.createSegment();
			segment.setName("Segment" + (u + 1));
			segment.setDisplayName("Market segment " + (u + 1));
			strategy.getSegments().add(segment);
			for (int r = 0; r < ROLES; r++) {
				Role role = MAKE.createRole();
				role.setName("Role" + (u * ROLES + r + 1));
				role.setDisplayName((r == 0 ? "Account executive " : "Sales development rep ") + (u + 1));
				role.setHeadcount(3 + (u + r) % 7);
				role.setCarriesQuota(r == 0);
				structure.getRoles().add(role);
			}
		}
		for (int u = 0; u < units; u++) {
			for (int k = 0; k < KPIS; k++) {
				metrics.getKpis().add(kpi(u, k));
			}
		}
		for (int u = 0; u < units; u++) {
			Kpi ratio = kpiOf(u, KPIS - 1);
			ratio.setFormula(divide(kpiOf(u, KPIS - 2), kpiOf(u, KPIS - 3)));
			structure.getTeams().add(team(u));
			structure.getProcesses().add(process(u));
		}
		for (int u = 0; u < units; u++) {
			for (int r = 0; r < RITUALS; r++) {
				culture.getRituals().add(ritual(u, r));
			}
		}
		for (int u = 0; u < units; u++) {
			for (int b = 0; b < BEHAVIORS; b++) {
				culture.getBehaviors().add(behavior(u, b));
			}
			for (int p = 0; p < PLANS; p++) {
				compensation.getPlans().add(plan(u, p));
			}
			compensation.getSpifs().add(spif(u));
		}
		return engine;
	}

	private Kpi kpi(int unit, int index) {
		int number = unit * KPIS + index + 1;
		Kpi kpi = MAKE.createKpi();
		kpi.setName("Kpi" + number);
		kpi.setDisplayName("Indicator " + (index + 1) + " of business line " + (unit + 1));
		KpiUnit kpiUnit = KpiUnit.get(index % 4);
		kpi.setUnit(kpiUnit);
		kpi.setSignal(index % 3 == 0 ? Signal.LEADING : Signal.LAGGING);
		kpi.setTarget(switch (kpiUnit) {
			case PERCENT -> new BigDecimal("0.25");
			case RATIO -> BigDecimal.valueOf(3);
			default -> BigDecimal.valueOf(1000L * number);
		});
		kpi.getSupports().add(strategy.getObjectives().get(linked(unit, 0, 1)));
		if (index == 0 && unit > 0) {
			kpi.getSupports().add(strategy.getObjectives().get(0));
		}
		kpi.setOwner(roleOf(unit, index % ROLES));
		return kpi;
	}

	private Team team(int unit) {
		Team team = MAKE.createTeam();
		team.setName("Team" + (unit + 1));
		team.setDisplayName("Team " + (unit + 1));
		team.setLead(roleOf(unit, 0));
		team.getMembers().add(roleOf(unit, 1));
		team.getCovers().add(strategy.getSegments().get(linked(unit, 0, 1)));
		return team;
	}

	private SalesProcess process(int unit) {
		SalesProcess process = MAKE.createSalesProcess();
		process.setName("Process" + (unit + 1));
		process.setDisplayName("Sales motion " + (unit + 1));
		process.getSegments().add(strategy.getSegments().get(linked(unit, 0, 1)));
		process.setProduces(kpiOf(unit, 0));
		process.setAverageDeal(BigDecimal.valueOf(20_000L * (unit + 1)));
		String[] names = { "Qualify", "Discover", "Propose", "Close" };
		for (int s = 0; s < names.length; s++) {
			Stage stage = MAKE.createStage();
			stage.setName(names[s] + (unit + 1));
			stage.setOwner(structure.getRoles().get(unit * ROLES + s % ROLES));
			stage.setConversion(new BigDecimal("0." + (4 + s)));
			stage.setExitCriterion("Buyer confirms step " + (s + 1) + " in writing");
			Duration duration = MAKE.createDuration();
			duration.setValue(10 + 5 * s);
			duration.setUnit(TimeUnit.DAYS);
			stage.setDuration(duration);
			process.getStages().add(stage);
		}
		process.setWon(outcome("Won" + (unit + 1)));
		process.setLost(outcome("Lost" + (unit + 1)));
		return process;
	}

	private Ritual ritual(int unit, int index) {
		Ritual ritual = MAKE.createRitual();
		ritual.setName("Ritual" + (unit * RITUALS + index + 1));
		ritual.setDisplayName((index == 0 ? "Weekly pipeline review " : "Monthly business review ") + (unit + 1));
		ritual.setCadence(index == 0 ? Cadence.WEEKLY : Cadence.MONTHLY);
		ritual.getLedBy().add(roleOf(unit, 0));
		for (int k = 0; k < 3; k++) {
			ritual.getReviews().add(kpiOf(unit, index * 3 + k));
		}
		return ritual;
	}

	private Behavior behavior(int unit, int index) {
		Behavior behavior = MAKE.createBehavior();
		behavior.setName("Behavior" + (unit * BEHAVIORS + index + 1));
		behavior.setDisplayName("Expected habit " + (index + 1) + " of business line " + (unit + 1));
		behavior.getExpectedOf().add(roleOf(unit, index % ROLES));
		behavior.getIndicators().add(kpiOf(unit, index * 2));
		behavior.getReinforcedBy().add(culture.getRituals().get(linked(unit, index % RITUALS, RITUALS)));
		return behavior;
	}

	private Plan plan(int unit, int index) {
		Plan plan = MAKE.createPlan();
		plan.setName("Plan" + (unit * PLANS + index + 1));
		plan.setDisplayName("Compensation plan " + (unit * PLANS + index + 1));
		plan.setRole(structure.getRoles().get(unit * ROLES + index));
		plan.setOnTargetEarnings(BigDecimal.valueOf(100_000L + 1000L * unit));
		plan.setMixBase(BigDecimal.valueOf(60));
		plan.setMixIncentive(BigDecimal.valueOf(40));
		plan.getMeasures().add(measure(kpiOf(unit, index * 2), "0.6"));
		plan.getMeasures().add(measure(kpiOf(unit, index * 2 + 1), "0.4"));
		return plan;
	}

	private Spif spif(int unit) {
		Spif spif = MAKE.createSpif();
		spif.setName("Spif" + (unit + 1));
		spif.setDisplayName("Quarterly push " + (unit + 1));
		spif.getRoles().add(structure.getRoles().get(unit * ROLES));
		spif.setRewards(kpiOf(unit, 0));
		spif.setBonus(BigDecimal.valueOf(1000));
		return spif;
	}

	private Role roleOf(int unit, int index) {
		return structure.getRoles().get(linked(unit, index, ROLES));
	}

	private Kpi kpiOf(int unit, int index) {
		return metrics.getKpis().get(linked(unit, index, KPIS));
	}

	/**
	 * The position, in a list of {@code perUnit} elements per unit, of the element a link from {@code unit} goes to:
	 * the unit's own element, or with a scattered shape the same element of another unit, a fixed stride away.
	 */
	private int linked(int unit, int index, int perUnit) {
		int target = shape == Shape.UNITS || units == 1 ? unit : (unit * 7 + 3) % units;
		if (shape == Shape.SCATTERED && target == unit) {
			target = (unit + 1) % units;
		}
		return target * perUnit + index;
	}

	private static Outcome outcome(String name) {
		Outcome outcome = MAKE.createOutcome();
		outcome.setName(name);
		return outcome;
	}

	private static Measure measure(Kpi kpi, String weight) {
		Measure measure = MAKE.createMeasure();
		measure.setKpi(kpi);
		measure.setWeight(new BigDecimal(weight));
		measure.setQuota(BigDecimal.valueOf(100_000));
		measure.setThreshold(new BigDecimal("0.5"));
		measure.setAccelerator(new BigDecimal("2"));
		measure.setAcceleratorAbove(BigDecimal.ONE);
		measure.setCap(new BigDecimal("3"));
		return measure;
	}

	private static BinaryOperation divide(Kpi numerator, Kpi denominator) {
		BinaryOperation operation = MAKE.createBinaryOperation();
		operation.setLeft(reference(numerator));
		operation.setOperator(Operator.DIVIDE);
		operation.setRight(reference(denominator));
		return operation;
	}

	private static KpiReference reference(Kpi kpi) {
		KpiReference reference = MAKE.createKpiReference();
		reference.setKpi(kpi);
		return reference;
	}
}
