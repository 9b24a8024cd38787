package org.salesengine.table.build;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.diagram.build.Values;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.model.TableCell;

/** Cells written the way the .sales language writes their values, and cells that name the elements they link. */
final class Cells {
	private Cells() {
	}

	/**
	 * A cell naming linked elements ("DealReview, ForecastCall"), derived from links held elsewhere, with the marks of
	 * the elements it names.
	 */
	static TableCell naming(List<? extends NamedElement> elements, FindingMarks marks) {
		List<String> ids = ids(elements);
		return TableCell.list(names(elements), ids, "", marks.about(ids));
	}

	/** A reference held by {@code holder}'s {@code property}: the holder first, then what it refers to. */
	static TableCell reference(EObject holder, String property, List<? extends NamedElement> targets) {
		List<String> ids = new ArrayList<>();
		ids.add(ElementIds.of(holder));
		ids.addAll(ids(targets));
		return TableCell.list(names(targets), ids, property, null);
	}

	static TableCell reference(EObject holder, String property, NamedElement target) {
		return reference(holder, property, WholeEngine.resolved(target) ? List.of(target) : List.of());
	}

	/** A setting of {@code holder}, already written as the language writes it; empty when not set. */
	static TableCell setting(EObject holder, String property, String text) {
		return TableCell.value(text, ElementIds.of(holder), property);
	}

	static List<String> names(List<? extends NamedElement> elements) {
		return elements.stream().filter(WholeEngine::resolved).map(Values::name).toList();
	}

	static List<String> ids(List<? extends EObject> elements) {
		return elements.stream().filter(WholeEngine::resolved).map(ElementIds::of).toList();
	}

	static String percent(BigDecimal fraction) {
		return fraction == null ? null : Values.percent(fraction);
	}

	static String amount(BigDecimal amount) {
		return amount == null ? null : Values.amount(amount);
	}
}
