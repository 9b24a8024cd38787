package org.salesengine.dsl.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.salesengine.model.BinaryOperation;
import org.salesengine.model.Expression;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiReference;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.NumberLiteral;
import org.salesengine.model.Operator;

/**
 * The unit algebra of KPI formulas. Percent and ratio are one dimensionless unit. Sums need equal units (a bare
 * number takes the other side's unit). Products: dimensionless times X is X, currency times count is currency.
 * Quotients: X over dimensionless is X, X over X is dimensionless, currency over count is currency (a value per deal).
 * Anything else, such as currency times currency, has no meaning in a sales engine and is reported.
 */
final class FormulaUnits {

	enum Dimension {
		CURRENCY("currency"), COUNT("count"), DIMENSIONLESS("a ratio"), NUMBER("a number"), UNKNOWN("unknown");

		final String label;

		Dimension(String label) {
			this.label = label;
		}
	}

	/** A sub-expression's unit, how to name it in a message, or the first problem found in it. */
	private record Unit(Dimension dimension, String description, String problem) {
	}

	private FormulaUnits() {
	}

	/** The first unit problem of the KPI's formula, or null. One problem per formula. */
	static String problemOf(Kpi kpi) {
		Expression formula = kpi.getFormula();
		if (formula == null) {
			return null;
		}
		Unit result = evaluate(formula);
		if (result.problem != null) {
			return result.problem;
		}
		if (!kpi.isSetUnit() || result.dimension == Dimension.UNKNOWN || result.dimension == Dimension.NUMBER) {
			return null;
		}
		Dimension declared = of(kpi.getUnit());
		if (declared != result.dimension) {
			return "the formula gives " + result.dimension.label + " but the KPI is declared " + kpi.getUnit().getLiteral();
		}
		return null;
	}

	static Dimension of(KpiUnit unit) {
		return switch (unit) {
			case CURRENCY -> Dimension.CURRENCY;
			case COUNT -> Dimension.COUNT;
			case PERCENT, RATIO -> Dimension.DIMENSIONLESS;
		};
	}

	/** Post-order without recursion: formulas may be nested thousands of levels deep. */
	private static Unit evaluate(Expression root) {
		Map<Expression, Unit> done = new IdentityHashMap<>();
		Deque<Expression> stack = new ArrayDeque<>();
		stack.push(root);
		while (!stack.isEmpty()) {
			Expression current = stack.peek();
			if (current instanceof BinaryOperation operation && operation.getLeft() != null && operation.getRight() != null
					&& (!done.containsKey(operation.getLeft()) || !done.containsKey(operation.getRight()))) {
				if (!done.containsKey(operation.getRight())) {
					stack.push(operation.getRight());
				}
				if (!done.containsKey(operation.getLeft())) {
					stack.push(operation.getLeft());
				}
				continue;
			}
			stack.pop();
			done.put(current, unitOf(current, done));
		}
		return done.get(root);
	}

	private static Unit unitOf(Expression expression, Map<Expression, Unit> done) {
		if (expression instanceof NumberLiteral) {
			return new Unit(Dimension.NUMBER, "a number", null);
		}
		if (expression instanceof KpiReference reference) {
			Kpi kpi = reference.getKpi();
			if (kpi == null || kpi.eIsProxy() || !kpi.isSetUnit()) {
				return new Unit(Dimension.UNKNOWN, "", null);
			}
			return new Unit(of(kpi.getUnit()), kpi.getName() + " (" + kpi.getUnit().getLiteral() + ")", null);
		}
		if (expression instanceof BinaryOperation operation && operation.getLeft() != null && operation.getRight() != null) {
			Unit left = done.get(operation.getLeft());
			Unit right = done.get(operation.getRight());
			if (left.problem != null) {
				return left;
			}
			if (right.problem != null) {
				return right;
			}
			if (left.dimension == Dimension.UNKNOWN || right.dimension == Dimension.UNKNOWN) {
				return new Unit(Dimension.UNKNOWN, "", null);
			}
			Dimension result = combine(operation.getOperator(), left.dimension, right.dimension);
			if (result == null) {
				return new Unit(Dimension.UNKNOWN, "", "the formula " + verb(operation.getOperator()) + " "
						+ left.description + " " + preposition(operation.getOperator()) + " " + right.description);
			}
			return new Unit(result, "an expression in " + result.label, null);
		}
		return new Unit(Dimension.UNKNOWN, "", null);
	}

	private static Dimension combine(Operator operator, Dimension left, Dimension right) {
		switch (operator) {
			case PLUS, MINUS -> {
				if (left == Dimension.NUMBER) {
					return right;
				}
				if (right == Dimension.NUMBER || left == right) {
					return left;
				}
				return null;
			}
			case TIMES -> {
				Dimension l = left == Dimension.NUMBER ? Dimension.DIMENSIONLESS : left;
				Dimension r = right == Dimension.NUMBER ? Dimension.DIMENSIONLESS : right;
				if (l == Dimension.DIMENSIONLESS) {
					return left == Dimension.NUMBER && right == Dimension.NUMBER ? Dimension.NUMBER : r;
				}
				if (r == Dimension.DIMENSIONLESS) {
					return l;
				}
				if (l != r && (l == Dimension.CURRENCY || r == Dimension.CURRENCY)) {
					return Dimension.CURRENCY;
				}
				return l == Dimension.COUNT && r == Dimension.COUNT ? Dimension.COUNT : null;
			}
			case DIVIDE -> {
				if (right == Dimension.NUMBER || right == Dimension.DIMENSIONLESS) {
					return left;
				}
				if (left == right) {
					return Dimension.DIMENSIONLESS;
				}
				if (left == Dimension.CURRENCY && right == Dimension.COUNT) {
					return Dimension.CURRENCY;
				}
				return null;
			}
			default -> {
				return null;
			}
		}
	}

	private static String verb(Operator operator) {
		return switch (operator) {
			case PLUS -> "adds";
			case MINUS -> "subtracts";
			case TIMES -> "multiplies";
			case DIVIDE -> "divides";
		};
	}

	private static String preposition(Operator operator) {
		return switch (operator) {
			case PLUS -> "and";
			case MINUS -> "and";
			case TIMES -> "by";
			case DIVIDE -> "by";
		};
	}
}
