package org.salesengine.edit;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * Connects and disconnects the engine map's links: a reference added to or removed from its source's list (the
 * serializer edits the list in place), a single reference set or removed with its clause, or a plan's measure.
 */
public final class Links {
	@Inject
	private PropertyValues values;

	/**
	 * The link kinds a palette offers from {@code source} to {@code target}: those whose source and target kinds fit
	 * the two elements and that do not hold already (connecting them would be refused). A single-valued link that
	 * points elsewhere is offered: connecting replaces it. Reads the elements only.
	 */
	public static List<LinkType> validBetween(EObject source, EObject target) {
		List<LinkType> valid = new java.util.ArrayList<>();
		for (LinkType link : LinkType.values()) {
			EReference feature = link.feature(source.eClass());
			if (feature == null || !link.target(feature).isInstance(target) || source == target) {
				continue;
			}
			boolean holds = link == LinkType.MEASURE ? measureOf((Plan) source, (Kpi) target) != null
					: feature.isMany() ? list(source, feature).contains(target) : source.eGet(feature) == target;
			if (!holds) {
				valid.add(link);
			}
		}
		return valid;
	}

	Change plan(WholeEngine engine, EditOperation.Connect connect) throws Refusal {
		LinkType link = connect.link();
		EObject source = Names.find(engine, connect.source());
		EReference feature = feature(link, source);
		EObject target = target(engine, link, feature, source, connect.target());
		String what = link.word() + " from " + Names.describe(source) + " to " + Names.describe(target);
		if (link == LinkType.MEASURE) {
			Plan plan = (Plan) source;
			if (measureOf(plan, (Kpi) target) != null) {
				throw new Refusal(Names.describe(plan) + " already has a measure of " + Names.describe(target));
			}
			BigDecimal weight = connect.weight() == null ? null : (BigDecimal) values.convert("Percent", connect.weight(), "weight");
			Measure measure = SalesEngineFactory.eINSTANCE.createMeasure();
			measure.setKpi((Kpi) target);
			measure.setWeight(weight);
			return Change.of("connected " + what, () -> plan.getMeasures().add(measure));
		}
		if (connect.weight() != null) {
			throw new Refusal("only a measure takes a weight");
		}
		if (feature.isMany()) {
			List<EObject> targets = list(source, feature);
			if (targets.contains(target)) {
				throw new Refusal(Names.describe(source) + " is already linked: " + what);
			}
			return Change.of("connected " + what, () -> targets.add(target));
		}
		EObject current = (EObject) source.eGet(feature);
		if (current == target) {
			throw new Refusal(Names.describe(source) + " is already linked: " + what);
		}
		String replaced = current == null || current.eIsProxy() ? "" : " (was " + Names.label(current) + ")";
		return Change.of("connected " + what + replaced, () -> source.eSet(feature, target));
	}

	Change plan(WholeEngine engine, EditOperation.Disconnect disconnect) throws Refusal {
		LinkType link = disconnect.link();
		EObject source = Names.find(engine, disconnect.source());
		EReference feature = feature(link, source);
		EObject target = target(engine, link, feature, source, disconnect.target());
		String what = link.word() + " from " + Names.describe(source) + " to " + Names.describe(target);
		String notLinked = Names.describe(source) + " has no link " + what;
		if (link == LinkType.MEASURE) {
			Measure measure = measureOf((Plan) source, (Kpi) target);
			if (measure == null) {
				throw new Refusal(notLinked);
			}
			return Change.of("disconnected " + what, () -> EcoreUtil.remove(measure));
		}
		if (feature.isMany()) {
			List<EObject> targets = list(source, feature);
			if (!targets.contains(target)) {
				throw new Refusal(notLinked);
			}
			return Change.of("disconnected " + what, () -> targets.remove(target));
		}
		if (source.eGet(feature) != target) {
			throw new Refusal(notLinked);
		}
		return Change.of("disconnected " + what, () -> source.eUnset(feature));
	}

	private static EReference feature(LinkType link, EObject source) throws Refusal {
		EReference feature = link.feature(source.eClass());
		if (feature == null) {
			throw new Refusal("the link " + link.word() + " goes from " + link.sources() + ", not from " + Names.describe(source));
		}
		return feature;
	}

	private static EObject target(WholeEngine engine, LinkType link, EReference feature, EObject source, String name) throws Refusal {
		EObject target = Names.find(engine, name);
		if (!link.target(feature).isInstance(target)) {
			throw new Refusal("the link " + link.word() + " of " + Names.describe(source) + " goes to " + Names.kindOf(link.target(feature))
					+ ", not to " + Names.describe(target));
		}
		return target;
	}

	static Measure measureOf(Plan plan, Kpi kpi) {
		for (Measure measure : plan.getMeasures()) {
			if (measure.getKpi() == kpi) {
				return measure;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> list(EObject source, EReference feature) {
		return (List<EObject>) source.eGet(feature);
	}
}
