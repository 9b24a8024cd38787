package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.validation.IssueCodes;
import org.salesengine.model.Engine;
import org.salesengine.model.Role;
import org.salesengine.model.StructureSection;
import org.salesengine.model.Team;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What an editor does on each keystroke: {@code XtextResource.update} with the changed characters, then validation.
 * An edit inside one element re-parses that element only (the engine and its sections stay the same objects), and
 * the result is the model a fresh parse of the edited text gives, linked the same way: the scope each file keeps
 * for its engine is rebuilt after the edit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class IncrementalEditTest {
	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceValidator validator;

	@Test
	void aDigitEditReparsesOneRoleAndLinksAsAFreshParse() throws IOException {
		String acme = TestFiles.exampleText("acme.sales");
		XtextResource resource = load(acme);
		assertEquals(List.of(), validate(resource), "acme is clean");
		Engine engine = (Engine) resource.getContents().get(0);
		StructureSection structure = structure(engine);
		Role managerBefore = EngineSections.roles(engine).get(0);
		// acme line 20: "    role Manager "Sales manager" { headcount 3 }": 3 managers become 4.
		int offset = acme.indexOf("{ headcount 3 }") + "{ headcount ".length();
		resource.update(offset, 1, "4");
		String edited = acme.substring(0, offset) + "4" + acme.substring(offset + 1);
		assertEquals(edited, resource.getParseResult().getRootNode().getText());
		assertSame(engine, resource.getContents().get(0), "the engine is not parsed again");
		assertSame(structure, structure(engine), "nor is its structure section");
		Role manager = EngineSections.roles(engine).get(0);
		assertNotSame(managerBefore, manager, "the role that holds the edit is");
		assertEquals(Integer.valueOf(4), manager.getHeadcount());
		// The three roles that report to the manager and the two teams it leads link to the new role.
		assertEquals(List.of(manager, manager, manager), EngineSections.roles(engine).subList(1, 4).stream().map(Role::getReportsTo).toList());
		assertEquals(List.of(manager, manager), EngineSections.teams(engine).stream().map(Team::getLead).toList());
		assertEquals(List.of(), validate(resource));
		XtextResource fresh = load(edited);
		EcoreUtil.resolveAll(resource);
		EcoreUtil.resolveAll(fresh);
		assertTrue(EcoreUtil.equals(fresh.getContents().get(0), engine), "the same model as a fresh parse of the edited text");
	}

	@Test
	void aRenameByTypingUnlinksTheOldNameAndLinksTheNewOne() throws IOException {
		String acme = TestFiles.exampleText("acme.sales");
		XtextResource resource = load(acme);
		assertEquals(List.of(), validate(resource));
		// "role Manager" becomes "role Boss": the six references to Manager no longer resolve (the engine's scope,
		// kept per file, must not remember the old name); then the first reference is typed as Boss and links.
		int name = acme.indexOf("role Manager ") + "role ".length();
		resource.update(name, "Manager".length(), "Boss");
		List<Integer> unresolved = validate(resource).stream().filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode()))
				.map(Issue::getLineNumber).toList();
		// Lines 21-23 (reports to), 25-26 (the teams' lead), 63, 69 and 75 (the rituals' led by).
		assertEquals(List.of(21, 22, 23, 25, 26, 63, 69, 75), unresolved);
		String text = resource.getParseResult().getRootNode().getText();
		int reference = text.indexOf("reports to Manager") + "reports to ".length();
		resource.update(reference, "Manager".length(), "Boss");
		Engine engine = (Engine) resource.getContents().get(0);
		Role boss = EngineSections.roles(engine).get(0);
		assertEquals("Boss", boss.getName());
		assertSame(boss, EngineSections.roles(engine).get(1).getReportsTo());
	}

	private static StructureSection structure(Engine engine) {
		return engine.getSections().stream().filter(StructureSection.class::isInstance).map(StructureSection.class::cast).findFirst().orElseThrow();
	}

	private XtextResource load(String text) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI("/edit/acme.sales"));
		resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), Map.of());
		return resource;
	}

	private List<Issue> validate(XtextResource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
	}
}
