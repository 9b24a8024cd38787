package org.salesengine.edit;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor;
import org.eclipse.xtext.ide.refactoring.RenameChange;
import org.eclipse.xtext.ide.refactoring.RenameContext;
import org.eclipse.xtext.util.ITextRegion;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * Renames an element with Xtext's rename strategy: it sets the name through the change serializer, whose reference
 * updater rewrites every reference to the element in every file of the engine (stages as {@code Process.Stage} where
 * the plain name would be ambiguous).
 */
final class Renames {
	@Inject
	private IRenameStrategy2 strategy;
	@Inject
	private NameRules nameRules;

	Change plan(WholeEngine engine, EditOperation.Rename rename) throws Refusal {
		EObject element = Names.find(engine, rename.element());
		if (!(element instanceof NamedElement named)) {
			throw new Refusal(Names.describe(element) + " is named by its KPI: rename the KPI");
		}
		String newName = rename.newName();
		nameRules.check(newName);
		if (newName.equals(named.getName())) {
			throw new Refusal(Names.describe(element) + " is already called " + newName);
		}
		EObject parent = Names.isInner(element) ? element.eContainer() : null;
		if (Names.taken(engine, parent, parent != null).contains(newName)) {
			throw new Refusal("the name " + newName + " is taken by " + describeTaken(engine, parent, newName));
		}
		String summary = "renamed " + Names.describe(element) + " to " + newName;
		URI uri = EcoreUtil.getURI(element);
		ResourceSet files = element.eResource().getResourceSet();
		return new Change(summary, true, List.of(), (serializer, anyFile) -> {
			Issues issues = new Issues();
			strategy.applyRename(new RenameContext(List.of(new RenameChange(newName, uri)), files, serializer, issues));
			if (!issues.errors.isEmpty()) {
				throw new IllegalStateException(String.join("; ", issues.errors));
			}
		});
	}

	private static String describeTaken(WholeEngine engine, EObject parent, String name) {
		for (NamedElement element : Names.elements(engine)) {
			if (name.equals(element.getName()) && (parent == null ? !Names.isInner(element) : element.eContainer() == parent)) {
				int[] at = Names.position(element);
				return Names.describe(element) + " (" + element.eResource().getURI().lastSegment() + ":" + at[0] + ")";
			}
		}
		return "another element";
	}

	/** The rename strategy's complaints; errors stop the rename. */
	private static final class Issues implements RefactoringIssueAcceptor {
		final List<String> errors = new ArrayList<>();

		private void add(Severity severity, String message) {
			if (severity == Severity.ERROR || severity == Severity.FATAL) {
				errors.add(message);
			}
		}

		@Override
		public void add(Severity severity, String message, URI uri, ResourceSet resourceSet) {
			add(severity, message);
		}

		@Override
		public void add(Severity severity, String message, URI resourceUri) {
			add(severity, message);
		}

		@Override
		public void add(Severity severity, String message, EObject element) {
			add(severity, message);
		}

		@Override
		public void add(Severity severity, String message, EObject element, ITextRegion region) {
			add(severity, message);
		}

		@Override
		public void add(Severity severity, String message, Exception exc, Logger log) {
			add(severity, message);
		}

		@Override
		public void add(Severity severity, String message, Object... params) {
			add(severity, message);
		}
	}
}
