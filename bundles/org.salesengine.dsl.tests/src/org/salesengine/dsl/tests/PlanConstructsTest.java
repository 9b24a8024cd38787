package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.model.Channel;
import org.salesengine.model.DrawRecovery;
import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.Mbo;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.PayoutFrequency;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.ScheduleBasis;
import org.salesengine.model.Spif;
import org.salesengine.model.Team;
import org.salesengine.model.Territory;
import org.salesengine.model.Tier;
import org.salesengine.model.TimeUnit;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;
import org.salesengine.testing.TestFiles;

/**
 * The constructs of real plans and organisations parse into the model they mean, on examples/territories.sales:
 * tiers, quotas by quarter, payout frequency, draws, clawbacks, MBOs, percentage SPIFs, territories, channels, teams
 * within teams and rituals led by several roles.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class PlanConstructsTest {
	@Inject
	private ParseHelper<Engine> parser;

	private WholeEngine engine;

	@BeforeEach
	void parseTheExample() throws Exception {
		Engine parsed = parser.parse(TestFiles.read(TestFiles.example("territories.sales")));
		assertTrue(parsed.eResource().getErrors().isEmpty(), () -> parsed.eResource().getErrors().toString());
		engine = WholeEngine.of(parsed);
	}

	private Plan plan(String name) {
		return engine.plans().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void tiersQuotasByQuarterAndPayoutFrequency() {
		Plan plan = plan("AEDachPlan");
		assertEquals(PayoutFrequency.QUARTERLY, plan.getPayout());
		Measure measure = plan.getMeasures().get(0);
		List<Tier> tiers = measure.getTiers();
		assertEquals(4, tiers.size());
		// 0.5x below 50%: no start; 2x above 125%: no end.
		assertNull(tiers.get(0).getFrom());
		assertEquals(0, new BigDecimal("0.5").compareTo(tiers.get(0).getTo()));
		assertEquals(0, new BigDecimal("1.5").compareTo(tiers.get(1).getRate()));
		assertEquals(0, BigDecimal.ONE.compareTo(tiers.get(2).getFrom()));
		assertEquals(0, new BigDecimal("1.25").compareTo(tiers.get(2).getTo()));
		assertEquals(0, new BigDecimal("1.25").compareTo(tiers.get(3).getFrom()));
		assertNull(tiers.get(3).getTo());
		assertEquals(ScheduleBasis.QUARTER, measure.getQuotaBasis());
		assertEquals(List.of("220000", "275000", "275000", "330000"),
				measure.getPeriodQuotas().stream().map(BigDecimal::toPlainString).toList());
		assertEquals(0, new BigDecimal("1100000").compareTo(measure.getQuota()));
		// The period quota is the quota given; the quarters add up to it.
		assertEquals(0, new BigDecimal("1100000").compareTo(measure.periodQuota()));
		assertEquals(0, new BigDecimal("3").compareTo(measure.getCap()));
	}

	@Test
	void quotasByQuarterAloneMakeThePeriodQuota() throws Exception {
		Engine parsed = parser.parse("engine E { compensation { plan P { measure K { quota 180k, 225k, 225k, 270k by quarter } } } }");
		Measure measure = EngineSections.plans(parsed).get(0).getMeasures().get(0);
		assertNull(measure.getQuota());
		// 180k + 225k + 225k + 270k
		assertEquals(0, new BigDecimal("900000").compareTo(measure.periodQuota()));
	}

	@Test
	void drawClawbackMboAndPercentageSpif() {
		Plan plan = plan("AEDachPlan");
		assertEquals(0, new BigDecimal("8000").compareTo(plan.getDraw().getAmount()));
		assertEquals(3, plan.getDraw().getMonths());
		assertEquals(DrawRecovery.RECOVERABLE, plan.getDraw().getRecovery());
		assertEquals(90, plan.getClawback().getValue());
		assertEquals(TimeUnit.DAYS, plan.getClawback().getUnit());
		Mbo mbo = plan.getMbos().get(0);
		assertEquals("AccountPlans", mbo.getName());
		assertEquals("Strategic account plans reviewed", mbo.getDisplayName());
		assertEquals(0, new BigDecimal("0.1").compareTo(mbo.getWeight()));
		assertEquals(0, new BigDecimal("0.8").compareTo(mbo.getChance()));
		Spif spif = engine.spifs().get(0);
		assertEquals(0, new BigDecimal("0.02").compareTo(spif.getBonusShare()));
		assertNull(spif.getBonus());
	}

	@Test
	void territoriesChannelsTeamsWithinTeamsAndRitualsLedBySeveralRoles() {
		Territory dach = engine.territories().get(0);
		assertEquals(List.of("MidMarket", "Installed"), names(dach.getSegments()));
		Team dachTeam = engine.teams().stream().filter(t -> t.getName().equals("DachTeam")).findFirst().orElseThrow();
		assertEquals("Leadership", dachTeam.getParent().getName());
		assertEquals(dach, dachTeam.getTerritory());
		Channel distributors = engine.channels().get(0);
		assertEquals(List.of("ChannelManager"), names(distributors.getManagedBy()));
		assertEquals(List.of("MidMarket"), names(distributors.getCovers()));
		SalesProcess nordics = engine.processes().stream().filter(p -> p.getName().equals("NewNordics")).findFirst().orElseThrow();
		assertEquals(List.of(distributors), nordics.getChannels());
		assertEquals("Nordics", nordics.getTerritory().getName());
		Kpi measured = engine.kpis().stream().filter(k -> k.getChannel() == distributors).findFirst().orElseThrow();
		assertEquals("DistributorARR", measured.getName());
		Ritual forecast = engine.rituals().stream().filter(r -> r.getName().equals("ForecastCall")).findFirst().orElseThrow();
		assertEquals(List.of("VP", "Manager"), names(forecast.getLedBy()));
	}

	private static List<String> names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).toList();
	}
}
