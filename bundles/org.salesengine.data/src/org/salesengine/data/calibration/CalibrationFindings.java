package org.salesengine.data.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.RuleSettings;
import org.salesengine.model.SalesEnginePackage.Literals;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;

/**
 * The calibration's findings, as rules of the catalogue: {@code assumption-optimistic} where a declared figure lies
 * outside the observed 90% interval on the optimistic side, {@code assumption-thin-data} where fewer than {@code min}
 * opportunities were decided at a stage. Each is located where the engine declares the figure (the stage's
 * {@code conversion}, the process's {@code average deal}; for a derived figure, the process's name), at the severity
 * and with the parameters the engine's rules section sets.
 */
public final class CalibrationFindings {
	private CalibrationFindings() {
	}

	/**
	 * @param fileOf the path a finding names for a resource, as {@code check} names it
	 */
	public static List<Finding> of(Calibration.Result result, RuleSettings settings, Function<Resource, String> fileOf) {
		List<Finding> findings = new ArrayList<>();
		Severity optimistic = settings.severity(Rule.ASSUMPTION_OPTIMISTIC);
		Severity thin = settings.severity(Rule.ASSUMPTION_THIN_DATA);
		long min = (long) settings.value(Rule.ASSUMPTION_THIN_DATA, "min").low();
		for (Calibration.ProcessResult process : result.processes()) {
			for (Figure figure : process.figures()) {
				String subject = figure.name() + " in process " + process.process().getName();
				if (optimistic != null && figure.optimistic()) {
					findings.add(finding(figure, figure.feature(), optimistic, Rule.ASSUMPTION_OPTIMISTIC, subject + ": the design says "
							+ value(figure, figure.declared()) + ", the CRM shows " + value(figure, figure.observed()) + " ("
							+ interval(figure) + ", " + sample(figure) + "): the design is optimistic", fileOf));
				}
				if (thin != null && figure.kind() == Figure.Kind.CONVERSION && figure.sample() < min) {
					String observed = figure.sample() == 0 ? "no conversion can be observed"
							: "its observed " + value(figure, figure.observed()) + " (" + interval(figure) + ") is thin evidence";
					findings.add(finding(figure, Literals.NAMED_ELEMENT__NAME, thin, Rule.ASSUMPTION_THIN_DATA, subject + " rests on "
							+ sample(figure) + ", under " + min + " (" + settings.origin(Rule.ASSUMPTION_THIN_DATA, "min") + "): " + observed, fileOf));
				}
			}
		}
		return findings;
	}

	/** 40%, 12.5 days, 45k: a figure's value as a reader writes it. */
	public static String value(Figure figure, Double value) {
		if (value == null || value.isNaN()) {
			return "-";
		}
		if (figure.kind().isRate()) {
			return Amounts.percent(value);
		}
		if (figure.kind().isDays()) {
			return Amounts.grouped(value, 1) + " days";
		}
		return Amounts.brief(value);
	}

	public static String interval(Figure figure) {
		return figure.interval() == null ? "too few for an interval"
				: "90% interval " + value(figure, figure.interval().low()) + " to " + value(figure, figure.interval().high());
	}

	/** "980 opportunities", "120 won deals", "400 stage passages" */
	public static String sample(Figure figure) {
		String unit = switch (figure.kind()) {
			case CONVERSION -> "opportunit" + (figure.sample() == 1 ? "y" : "ies") + " decided at the stage";
			case DURATION -> "passage" + (figure.sample() == 1 ? "" : "s") + " through the stage";
			case WIN_RATE -> "closed opportunit" + (figure.sample() == 1 ? "y" : "ies");
			case AVERAGE_DEAL, CYCLE_TIME -> "won deal" + (figure.sample() == 1 ? "" : "s");
		};
		return Amounts.grouped(figure.sample(), 0) + " " + unit;
	}

	private static Finding finding(Figure figure, org.eclipse.emf.ecore.EStructuralFeature feature, Severity severity, Rule rule,
			String message, Function<Resource, String> fileOf) {
		EObject element = figure.element();
		INode node = null;
		if (feature != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
			node = nodes.isEmpty() ? null : nodes.get(0);
		}
		if (node == null) {
			List<INode> names = NodeModelUtils.findNodesForFeature(element, Literals.NAMED_ELEMENT__NAME);
			node = names.isEmpty() ? NodeModelUtils.getNode(element) : names.get(0);
		}
		String file = fileOf.apply(element.eResource());
		if (node == null) {
			return new Finding(file, 1, 1, 1, 1, severity, rule.code(), message, ElementIds.of(element));
		}
		LineAndColumn start = NodeModelUtils.getLineAndColumn(node.getRootNode(), node.getOffset());
		LineAndColumn end = NodeModelUtils.getLineAndColumn(node.getRootNode(), node.getEndOffset());
		return new Finding(file, start.getLine(), start.getColumn(), end.getLine(), end.getColumn(), severity, rule.code(), message,
				ElementIds.of(element));
	}
}
