package org.salesengine.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;
import org.salesengine.edit.EngineEditor;
import org.salesengine.edit.LinkType;
import org.salesengine.edit.Links;
import org.salesengine.edit.Property;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.TestFiles;

/**
 * What the workbench's palette and tables ask the edit bundle: which links may join two elements, the name an
 * operation knows an element by, the property a table cell writes, and edits computed on unsaved text.
 */
class PaletteQueriesTest {
	@TempDir
	Path folder;

	/**
	 * acme: NewARR supports NewLogos already (so only Expansion is offered); NewBusinessTeam's lead is Manager and its
	 * members SDR and AE, so AM may join either way; DealReview is led by Manager and attended by AE.
	 */
	@Test
	void validLinksFitBothKindsAndLeaveOutWhatHoldsAlready() {
		WholeEngine acme = acme();
		assertEquals(List.of(LinkType.SUPPORTS), Links.validBetween(element(acme, "NewARR"), element(acme, "Expansion")));
		assertEquals(List.of(), Links.validBetween(element(acme, "NewARR"), element(acme, "NewLogos")));
		assertEquals(List.of(LinkType.OWNER), Links.validBetween(element(acme, "Pipeline"), element(acme, "AM")));
		assertEquals(List.of(LinkType.MEMBERS, LinkType.LEAD), Links.validBetween(element(acme, "NewBusinessTeam"), element(acme, "AM")));
		assertEquals(List.of(LinkType.LEAD), Links.validBetween(element(acme, "NewBusinessTeam"), element(acme, "AE")));
		assertEquals(List.of(LinkType.LED_BY, LinkType.ATTENDED_BY), Links.validBetween(element(acme, "DealReview"), element(acme, "AM")));
		assertEquals(List.of(LinkType.MEASURE), Links.validBetween(element(acme, "AEPlan"), element(acme, "Pipeline")));
		assertEquals(List.of(LinkType.REPORTS_TO), Links.validBetween(element(acme, "SDR"), element(acme, "AE")));
		assertEquals(List.of(), Links.validBetween(element(acme, "Expansion"), element(acme, "NewARR")), "objectives link to nothing");
		assertEquals(List.of(), Links.validBetween(element(acme, "AE"), element(acme, "AE")), "no link to itself");
	}

	@Test
	void operationNamesAndCellProperties() {
		WholeEngine acme = acme();
		assertEquals("NewBusiness.Lead", EngineEditor.nameOf(byId(acme, "AcmeEmea.Lead")));
		assertEquals("AEPlan.NewARR", EngineEditor.nameOf(byId(acme, "AcmeEmea.AEPlan.NewARR")));
		assertEquals("SDR", EngineEditor.nameOf(element(acme, "SDR")));
		assertEquals(Optional.of(Property.HEADCOUNT), Property.ofCell("headcount"));
		assertEquals(Optional.of(Property.OTE), Property.ofCell("onTargetEarnings"));
		assertEquals(Optional.of(Property.EXIT), Property.ofCell("exitCriterion"));
		assertEquals(Optional.of(Property.MIX), Property.ofCell("mix"));
		assertEquals(Optional.empty(), Property.ofCell(""));
	}

	/** The workbench edits the editor's buffer, not the file: the loader reads the unsaved text instead of the disk's. */
	@Test
	void anEditIsComputedOnUnsavedText() throws Exception {
		EditFixture fixture = EditFixture.acme(folder);
		Path file = fixture.file("acme.sales");
		String am = "    role AM \"Account manager\" { headcount 5 carries quota reports to Manager }\n";
		String unsaved = fixture.text("acme.sales").replace(am, am + "    role Spare\n");
		assertTrue(unsaved.contains("role Spare") && !fixture.text("acme.sales").contains("Spare"));
		LoadedEngines loaded = EditFixture.injector().getInstance(EngineLoader.class).load(List.of(file), Map.of(file, unsaved));
		EditResult result = EditFixture.injector().getInstance(EngineEditor.class)
				.apply(loaded.engines().get(0), new EditOperation.Rename("Spare", "Deputy"));
		assertTrue(result.applied(), result.message());
		assertEquals(unsaved, result.files().get(0).before(), "the edits apply to the unsaved text");
		assertEquals(unsaved.replace("    role Spare\n", "    role Deputy\n"), result.files().get(0).after());
	}

	/** acme as read from examples/, by the IDE injector. */
	private static WholeEngine acme() {
		return org.salesengine.testing.Engines.engine(EditFixture.injector().getInstance(EngineLoader.class), TestFiles.example("acme.sales"));
	}

	private static EObject element(WholeEngine engine, String name) {
		for (var fragment : engine.fragments()) {
			for (var it = fragment.eAllContents(); it.hasNext();) {
				if (it.next() instanceof NamedElement named && name.equals(named.getName())) {
					return named;
				}
			}
		}
		throw new AssertionError("no " + name);
	}

	private static EObject byId(WholeEngine engine, String id) {
		for (var fragment : engine.fragments()) {
			for (var it = fragment.eAllContents(); it.hasNext();) {
				EObject next = it.next();
				if (id.equals(ElementIds.of(next))) {
					return next;
				}
			}
		}
		throw new AssertionError("no " + id);
	}
}
