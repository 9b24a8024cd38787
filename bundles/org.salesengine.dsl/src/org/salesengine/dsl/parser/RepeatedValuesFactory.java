package org.salesengine.dsl.parser;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Keeps repeated values of a list attribute: {@code ramp 0%, 0%, 10%, 10%, 30% by month} or
 * {@code seasonality 30%, 30%, 40%}. The metamodel declares these lists unique (EMF's default), so a plain add drops
 * the second 0%, shortening the schedule and shifting every value after it; adding without the uniqueness check
 * keeps the text's values, in order.
 */
public class RepeatedValuesFactory extends DefaultEcoreElementFactory {
	@Override
	@SuppressWarnings("unchecked")
	public void add(EObject object, String feature, Object value, String ruleName, INode node)
			throws ValueConverterException {
		EStructuralFeature structural = object.eClass().getEStructuralFeature(feature);
		if (!(structural instanceof EAttribute) || !structural.isMany() || !structural.isUnique()) {
			super.add(object, feature, value, ruleName, node);
			return;
		}
		Object converted = getTokenAsStringIfPossible(value);
		if ((converted == null || converted instanceof CharSequence) && ruleName != null) {
			converted = getConverterService().toValue(converted == null ? null : converted.toString(), ruleName, node);
		}
		if (converted != null) {
			((InternalEList<Object>) (List<Object>) object.eGet(structural)).addUnique(converted);
		}
	}
}
