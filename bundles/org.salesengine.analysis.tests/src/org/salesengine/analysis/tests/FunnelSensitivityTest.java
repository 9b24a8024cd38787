package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesengine.testing.Engines.round2;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.funnel.Funnel;
import org.salesengine.analysis.funnel.FunnelLever;
import org.salesengine.analysis.funnel.FunnelSensitivity;
import org.salesengine.analysis.funnel.StageNeed;
import org.salesengine.analysis.health.HealthScoring;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/** +5 points of conversion at each stage in turn: the extra deals and bookings, ranked. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class FunnelSensitivityTest {
	@Inject
	private EngineLoader loader;

	@Test
	void acmeLeversRankTheWeakestStageFirst() {
		List<FunnelLever> levers = Engines.analyze(loader, TestFiles.example("acme.sales")).levers();
		assertEquals(List.of("AcmeEmea.Lead", "AcmeEmea.Proposal", "AcmeEmea.Discovery", "AcmeEmea.Negotiate",
				"AcmeEmea.Expand", "AcmeEmea.Review"), levers.stream().map(FunnelLever::stage).toList());
		assertEquals(List.of(33.33, 29.63, 26.67, 16.67, 16.67, 11.11), levers.stream().map(l -> round2(l.extraDeals())).toList());
		assertEquals(List.of(1_500_000.0, 1_333_333.33, 1_200_000.0, 750_000.0, 333_333.33, 222_222.22),
				levers.stream().map(l -> round2(l.extraBookings())).toList());
		assertEquals(List.of("NewARR", "NewARR", "NewARR", "NewARR", "ExpansionARR", "ExpansionARR"),
				levers.stream().map(FunnelLever::kpi).toList());
		assertEquals(0.45, levers.get(0).raisedConversion(), 1e-12);
	}

	@Test
	void aLeverReadsLikeASlide() {
		FunnelLever best = Engines.analyze(loader, TestFiles.example("acme.sales")).levers().get(0);
		assertEquals("+5 points at Lead of NewBusiness (SDR, 40% → 45%): +33 deals, +1.5M NewARR", HealthScoring.describe(best));
	}

	@Test
	void conversionIsCappedAt100PercentAndAFullStageIsNoLever() {
		Funnel funnel = new Funnel("T.P", "Bookings", "currency", 1000, 10.0, 100,
				List.of(new StageNeed("T.Almost", "Rep", 0.98, 1, 102.04, 100), new StageNeed("T.Full", null, 1.0, 1, 100, 100)),
				0.98, 2);
		List<FunnelLever> levers = FunnelSensitivity.levers(List.of(funnel));
		assertEquals(1, levers.size());
		assertEquals(1.0, levers.get(0).raisedConversion());
		assertEquals("Rep", levers.get(0).owner());
		assertEquals(2.04, round2(levers.get(0).extraDeals()));
		assertEquals(20.41, round2(levers.get(0).extraBookings()));
	}
}
