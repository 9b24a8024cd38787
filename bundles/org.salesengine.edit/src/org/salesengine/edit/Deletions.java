package org.salesengine.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.salesengine.model.Engine;
import org.salesengine.model.Expression;
import org.salesengine.model.FunnelBinding;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.SalesEnginePackage.Literals;
import org.salesengine.model.engine.WholeEngine;

/**
 * Deletes an element (with what it contains: a process's stages) and the references to it. A reference in a list
 * ({@code members SDR, AE}) is removed from the list. A reference that is the whole of its clause ({@code owner SDR},
 * a plan's {@code for AE}, a measure's KPI, a formula's input) would be left pointing at nothing: each is a
 * {@link Breakage}, and the deletion is refused until it is forced, which removes those clauses (the measure, the
 * formula) as well.
 */
final class Deletions {

	/** What forcing does to one reference that would dangle. */
	private record Dangling(EObject holder, EStructuralFeature feature, EObject removed, Breakage breakage) {
	}

	Change plan(WholeEngine engine, EditOperation.Delete delete) throws Refusal {
		EObject element = Names.find(engine, delete.element());
		ResourceSet files = element.eResource().getResourceSet();
		EcoreUtil.resolveAll(files);
		List<EObject> deleted = new ArrayList<>();
		deleted.add(element);
		element.eAllContents().forEachRemaining(deleted::add);
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(deleted, files);
		List<Runnable> unlinks = new ArrayList<>();
		List<Dangling> dangling = new ArrayList<>();
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
			EObject target = usage.getKey();
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				EObject source = setting.getEObject();
				EStructuralFeature feature = setting.getEStructuralFeature();
				if (source == element || Names.isInside(source, element) || !(feature instanceof EReference reference) || reference.isContainment()) {
					continue;
				}
				if (feature.isMany()) {
					unlinks.add(() -> ((List<?>) source.eGet(feature)).remove(target));
				} else {
					Dangling found = dangling(source, reference, target);
					if (dangling.stream().noneMatch(d -> d.holder() == found.holder() && d.feature() == found.feature())) {
						dangling.add(found);
					}
				}
			}
		}
		List<Breakage> breakages = dangling.stream().map(Dangling::breakage).toList();
		String what = Names.describe(element);
		if (!breakages.isEmpty() && !delete.force()) {
			throw new Refusal("deleting " + what + " would leave " + breakages.size() + (breakages.size() == 1 ? " reference" : " references")
					+ " pointing at nothing; nothing changed (force the deletion to remove them too)", breakages);
		}
		String summary = "deleted " + what + (unlinks.isEmpty() ? "" : ", unlinked from " + unlinks.size() + (unlinks.size() == 1 ? " list" : " lists"))
				+ (dangling.isEmpty() ? "" : ", removed " + dangling.size() + (dangling.size() == 1 ? " reference" : " references"));
		return Change.of(summary, breakages, () -> {
			unlinks.forEach(Runnable::run);
			for (Dangling reference : dangling) {
				if (reference.removed() != null) {
					EcoreUtil.remove(reference.removed());
				} else {
					reference.holder().eUnset(reference.feature());
				}
			}
			EcoreUtil.remove(element);
		});
	}

	/**
	 * A measure goes with its KPI, a formula with any of its inputs, a funnel binding with its stage; any other single
	 * reference loses its clause.
	 */
	private static Dangling dangling(EObject source, EReference feature, EObject target) {
		int[] position = Names.position(source, feature);
		String file = source.eResource().getURI().lastSegment();
		String name = Names.label(target);
		if (source instanceof Measure measure) {
			return new Dangling(measure, feature, measure,
					new Breakage(file, position[0], position[1], Names.describe(measure), "the measure is deleted"));
		}
		if (source instanceof Expression) {
			Kpi kpi = Names.enclosing(source, Kpi.class);
			int[] at = Names.position(kpi.getFormula());
			return new Dangling(kpi, Literals.KPI__FORMULA, null,
					new Breakage(file, at[0], at[1], Names.describe(kpi), "its formula uses " + name + " and is removed"));
		}
		if (source instanceof FunnelBinding binding) {
			Kpi kpi = (Kpi) binding.eContainer();
			return new Dangling(kpi, Literals.KPI__FUNNEL, null,
					new Breakage(file, position[0], position[1], Names.describe(kpi), "what it counts (" + name + ") is removed"));
		}
		EObject holder = Names.owning(source);
		String holderName = holder instanceof Engine ? "engine " + ((Engine) holder).getName() : Names.describe(holder);
		return new Dangling(source, feature, null, new Breakage(file, position[0], position[1], holderName, clause(feature) + " " + name + " is removed"));
	}

	/** The words of the language for the reference: owner, for, led by, reports to. */
	private static String clause(EReference feature) {
		for (LinkType link : LinkType.values()) {
			if (link.feature(feature.getEContainingClass()) == feature) {
				return link.word().replace('-', ' ');
			}
		}
		return feature.getName();
	}
}
