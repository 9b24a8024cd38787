package org.salesengine.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;

/**
 * The stages a reference may name: a stage by its plain name where no other process of the engine has a stage of
 * that name, and as {@code Process.Stage} always (the only way where the plain name is ambiguous). Everything else,
 * such as the fully qualified {@code Engine.Process.Stage}, is looked up in the scope it wraps.
 */
public final class StageScope implements IScope {
	private final IScope outer;
	/** The engine's stages by plain name, in the order of the engine's files and processes. */
	private final Map<String, List<Stage>> byName;

	/** True where the reference may name any element (a view's focus): a name the engine knows wins over a stage's. */
	private final boolean outerFirst;

	StageScope(IScope outer, Map<String, List<Stage>> byName) {
		this(outer, byName, false);
	}

	StageScope(IScope outer, Map<String, List<Stage>> byName, boolean outerFirst) {
		this.outer = outer;
		this.byName = byName;
		this.outerFirst = outerFirst;
	}

	/** The qualified names of the stages a plain name could mean, when there are two or more; otherwise empty. */
	public List<String> ambiguous(String plainName) {
		List<Stage> stages = byName.getOrDefault(plainName, List.of());
		return stages.size() < 2 ? List.of() : stages.stream().map(s -> qualified(s).toString()).distinct().toList();
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		if (outerFirst) {
			IEObjectDescription element = outer.getSingleElement(name);
			if (element != null) {
				return element;
			}
		}
		if (name.getSegmentCount() == 1) {
			List<Stage> stages = byName.get(name.getFirstSegment());
			if (stages != null) {
				return stages.size() == 1 ? EObjectDescription.create(name, stages.get(0)) : null;
			}
		} else if (name.getSegmentCount() == 2) {
			for (Stage stage : byName.getOrDefault(name.getLastSegment(), List.of())) {
				if (name.equals(qualified(stage))) {
					return EObjectDescription.create(name, stage);
				}
			}
		}
		return outer.getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return listOf(getSingleElement(name));
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		if (object instanceof Stage stage && stage.getName() != null) {
			List<Stage> same = byName.getOrDefault(stage.getName(), List.of());
			if (same.contains(stage)) {
				return description(stage, same.size() == 1);
			}
		}
		return outer.getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return listOf(getSingleElement(object));
	}

	private static List<IEObjectDescription> listOf(IEObjectDescription single) {
		return single == null ? List.of() : List.of(single);
	}

	/** Each stage once, by the name to write for it: plain where unique, qualified where not. */
	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		List<IEObjectDescription> result = new ArrayList<>();
		if (outerFirst) {
			outer.getAllElements().forEach(result::add);
		}
		for (List<Stage> stages : byName.values()) {
			for (Stage stage : stages) {
				result.add(description(stage, stages.size() == 1));
			}
		}
		return result;
	}

	private static IEObjectDescription description(Stage stage, boolean unique) {
		return EObjectDescription.create(unique ? QualifiedName.create(stage.getName()) : qualified(stage), stage);
	}

	static QualifiedName qualified(Stage stage) {
		String process = stage.eContainer() instanceof SalesProcess p && p.getName() != null ? p.getName() : "";
		return QualifiedName.create(process, stage.getName());
	}
}
