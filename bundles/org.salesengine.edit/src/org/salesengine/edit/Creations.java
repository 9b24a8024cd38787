package org.salesengine.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.salesengine.model.Engine;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Section;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * Creates an element in its pillar's section (made when the file has none) or in its process, named afresh. The
 * serializer writes it after the last element of its kind, or before the section's closing brace, as the formatter
 * lays it out.
 */
final class Creations {
	@Inject
	private NameRules nameRules;
	@Inject
	private Links links;

	Change plan(WholeEngine engine, EditOperation.Create create) throws Refusal {
		ElementKind kind = create.kind();
		if (kind == ElementKind.MEASURE) {
			if (create.parent() == null || create.name() == null) {
				throw new Refusal("a measure needs its plan and its KPI: create measure KPI --in PLAN");
			}
			return links.plan(engine, new EditOperation.Connect(LinkType.MEASURE, create.parent(), create.name(), null));
		}
		EObject parent = null;
		Engine fragment = null;
		if (kind.needsParent()) {
			if (create.parent() == null) {
				throw new Refusal("a " + kind.word() + " belongs to a process: name it (--in PROCESS)");
			}
			parent = Names.find(engine, create.parent());
			if (!kind.container().isInstance(parent)) {
				throw new Refusal("a " + kind.word() + " belongs to a process, and " + Names.describe(parent) + " is not one");
			}
			if (!kind.feature().isMany() && parent.eIsSet(kind.feature())) {
				throw new Refusal(Names.describe(parent) + " already has a " + kind.word() + " outcome, "
						+ ((NamedElement) parent.eGet(kind.feature())).getName());
			}
		} else {
			fragment = fragment(engine, create.file(), kind);
		}
		String name = Names.fresh(create.name(), kind.namePrefix(), Names.taken(engine, parent, kind.needsParent()));
		nameRules.check(name);
		NamedElement element = (NamedElement) EcoreUtil.create(kind.type());
		element.setName(name);
		element.setDisplayName(create.displayName());
		EObject owner = parent != null ? parent : section(fragment, kind);
		Engine file = fragment;
		String where = parent != null ? "in " + Names.describe(parent) : "in " + (owner == null ? "a new " : "") + sectionWord(kind) + " of "
				+ fileName(fragment);
		String renamed = create.name() != null && !create.name().equals(name) ? " (" + create.name() + " is taken)" : "";
		return Change.of("created " + kind.word() + " " + name + renamed + " " + where, () -> {
			EObject container = owner;
			if (container == null) {
				container = EcoreUtil.create(kind.container());
				file.getSections().add((Section) container);
			}
			add(container, kind, element);
		});
	}

	@SuppressWarnings("unchecked")
	private static void add(EObject container, ElementKind kind, EObject element) {
		if (kind.feature().isMany()) {
			((List<EObject>) container.eGet(kind.feature())).add(element);
		} else {
			container.eSet(kind.feature(), element);
		}
	}

	/** The file asked for, else the first file that has the kind's section, else the engine's first file. */
	private static Engine fragment(WholeEngine engine, String file, ElementKind kind) throws Refusal {
		if (file != null) {
			return fragmentIn(engine, file);
		}
		for (Engine fragment : engine.fragments()) {
			if (section(fragment, kind) != null) {
				return fragment;
			}
		}
		return engine.fragments().get(0);
	}

	/** The engine's part in the file of that path (or ending in that name), or a refusal. */
	static Engine fragmentIn(WholeEngine engine, String file) throws Refusal {
		for (Engine fragment : engine.fragments()) {
			String path = fragment.eResource().getURI().toFileString();
			if (path != null && (path.equals(file) || path.endsWith("/" + file))) {
				return fragment;
			}
		}
		throw new Refusal("no file " + file + " holds engine " + engine.name());
	}

	private static Section section(Engine fragment, ElementKind kind) {
		for (Section section : fragment.getSections()) {
			if (kind.container().isInstance(section)) {
				return section;
			}
		}
		return null;
	}

	private static String sectionWord(ElementKind kind) {
		return kind.container().getName().replace("Section", "").toLowerCase(java.util.Locale.ROOT) + " section";
	}

	private static String fileName(Engine fragment) {
		return fragment.eResource().getURI().lastSegment();
	}
}
