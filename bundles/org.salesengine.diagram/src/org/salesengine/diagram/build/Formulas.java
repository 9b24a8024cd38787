package org.salesengine.diagram.build;

import org.salesengine.model.BinaryOperation;
import org.salesengine.model.Expression;
import org.salesengine.model.KpiReference;
import org.salesengine.model.NumberLiteral;
import org.salesengine.model.Operator;
import org.salesengine.model.engine.Amounts;

/** A KPI formula written back as text, with only the parentheses precedence needs. */
public final class Formulas {
	private Formulas() {
	}

	public static String text(Expression expression) {
		return text(expression, 0);
	}

	private static String text(Expression expression, int outerPrecedence) {
		if (expression instanceof BinaryOperation operation) {
			int precedence = precedence(operation.getOperator());
			// The right operand of - and / binds tighter: a - (b - c) keeps its parentheses.
			String left = text(operation.getLeft(), precedence);
			String right = text(operation.getRight(), precedence + 1);
			String text = left + " " + symbol(operation.getOperator()) + " " + right;
			return precedence < outerPrecedence ? "(" + text + ")" : text;
		}
		if (expression instanceof KpiReference reference) {
			return reference.getKpi() == null || reference.getKpi().eIsProxy() ? "?" : Values.name(reference.getKpi());
		}
		if (expression instanceof NumberLiteral literal && literal.getValue() != null) {
			return Amounts.plain(literal.getValue());
		}
		return "?";
	}

	private static int precedence(Operator operator) {
		return operator == Operator.PLUS || operator == Operator.MINUS || operator == null ? 1 : 2;
	}

	private static String symbol(Operator operator) {
		return operator == null ? "?" : operator.getLiteral();
	}
}
