package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.Kpi;
import org.salesengine.model.Objective;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;
import org.salesengine.testing.TestFiles;

/**
 * Acme split into one file per pillar, plus another engine in the same folder that reuses Acme's names: references
 * resolve across the files of one engine, whole-engine rules see every file, and the two engines do not clash.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class MultiFileTest {
	@Inject
	private EngineLoader loader;

	@Test
	void anEngineSplitByPillarIsAsCleanAsInOneFile() throws Exception {
		LoadedEngines loaded = loader.load(List.of(TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split")));
		assertEquals(List.of(), loaded.findings().stream().filter(f -> f.severity() != Severity.INFO)
				.map(ExamplesTest::line).toList());
		assertEquals(6, loaded.files().size());
		assertEquals(List.of("AcmeEmea", "Globex"), loaded.engines().stream().map(WholeEngine::name).toList());
	}

	@Test
	void referencesResolveAcrossTheFilesOfOneEngine() throws Exception {
		LoadedEngines loaded = loader.load(List.of(TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split")));
		WholeEngine acme = loaded.engines().get(0);
		assertEquals(5, acme.fragments().size());
		Kpi newArr = acme.kpis().stream().filter(k -> k.getName().equals("NewARR")).findFirst().orElseThrow();
		Objective newLogos = acme.objectives().stream().filter(o -> o.getName().equals("NewLogos")).findFirst().orElseThrow();
		assertSame(newLogos, newArr.getSupports().get(0));
		assertNotSame(newArr.eResource(), newLogos.eResource());
		assertEquals(List.of("AEPlan"), acme.measuresOn(newArr).stream()
				.map(m -> ((org.salesengine.model.Plan) m.eContainer()).getName()).toList());
		assertEquals("17700000", acme.streetQuota().total().stripTrailingZeros().toPlainString());
	}

	@Test
	void anotherEngineWithTheSameNamesStaysSeparate() throws Exception {
		LoadedEngines loaded = loader.load(List.of(TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split")));
		WholeEngine globex = loaded.engines().get(1);
		Kpi globexArr = globex.kpis().get(0);
		assertEquals("NewARR", globexArr.getName());
		assertSame(globex.objectives().get(0), globexArr.getSupports().get(0));
		assertSame(globex.fragments().get(0), globexArr.getSupports().get(0).eContainer().eContainer());
	}
}
