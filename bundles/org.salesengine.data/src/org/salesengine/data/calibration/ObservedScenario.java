package org.salesengine.data.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.salesengine.model.Engine;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Scenario;
import org.salesengine.model.ScenariosSection;
import org.salesengine.model.Section;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;

/**
 * What {@code calibrate --apply} writes: the observed figures as the scenario {@code Observed} (docs/scenarios.md),
 * as one minimal text edit. An existing {@code Observed} is replaced where it stands; otherwise the scenario is added
 * at the end of the engine's scenarios section, or a scenarios section is added at the end of the file that declares
 * the engine's first process. Nothing else of the file changes. Only figures backed by at least {@code min}
 * opportunities (the thin-data rule's parameter) are set, and only those a scenario can set: a stage's conversion and
 * duration, and a process's average deal.
 */
public final class ObservedScenario {
	public static final String NAME = "Observed";

	/** Replace {@code length} characters at {@code offset} of the resource's text with {@code text}. */
	public record Edit(Resource resource, String before, int offset, int length, String text) {
		public String after() {
			return before.substring(0, offset) + text + before.substring(offset + length);
		}
	}

	private ObservedScenario() {
	}

	/** The scenario's {@code set} lines, in process and stage order. */
	public static List<String> overrides(Calibration.Result result, long min) {
		List<String> sets = new ArrayList<>();
		for (Calibration.ProcessResult process : result.processes()) {
			for (Figure figure : process.figures()) {
				if (figure.sample() < min || Double.isNaN(figure.observed())) {
					continue;
				}
				String path = figure.element() instanceof Stage stage
						? ((SalesProcess) stage.eContainer()).getName() + "." + stage.getName() : process.process().getName();
				switch (figure.kind()) {
					case CONVERSION -> {
						// 0% or more than 100% would make the scenario's funnel meaningless; such a stage is left as declared.
						BigDecimal percent = BigDecimal.valueOf(figure.observed() * 100).round(new MathContext(3));
						if (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
							sets.add("set " + path + ".conversion " + Amounts.plain(percent) + "%");
						}
					}
					case DURATION -> {
						long days = Math.round(figure.observed());
						if (days > 0) {
							sets.add("set " + path + ".duration " + days + (days == 1 ? " day" : " days"));
						}
					}
					case AVERAGE_DEAL -> sets.add("set " + path + ".averageDeal "
							+ Amounts.exact(BigDecimal.valueOf(figure.observed()).round(new MathContext(3))));
					default -> {
						// Win rate and cycle time follow from the stages; a scenario sets the stages.
					}
				}
			}
		}
		return sets;
	}

	/** The edit that writes the scenario into the engine; null for an engine without a file to write to. */
	public static Edit edit(WholeEngine engine, String title, List<String> sets) {
		for (Engine fragment : engine.fragments()) {
			for (Section section : fragment.getSections()) {
				if (section instanceof ScenariosSection scenarios) {
					for (Scenario scenario : scenarios.getScenarios()) {
						if (NAME.equals(scenario.getName())) {
							return replace(scenario, title, sets);
						}
					}
				}
			}
		}
		for (Engine fragment : engine.fragments()) {
			for (Section section : fragment.getSections()) {
				if (section instanceof ScenariosSection scenarios) {
					return insertBeforeClosingBrace(scenarios, lines(title, sets, 0));
				}
			}
		}
		Engine home = engine.fragments().stream().filter(f -> !engine.processes().isEmpty()
				&& engine.processes().get(0).eResource() == f.eResource()).findFirst().orElse(engine.fragments().get(0));
		List<String> section = new ArrayList<>();
		// A blank line sets the new section apart, as sections are in an engine's text.
		section.add("");
		section.add("scenarios {");
		lines(title, sets, 2).forEach(section::add);
		section.add("}");
		return insertBeforeClosingBrace(home, section);
	}

	private static Edit replace(Scenario scenario, String title, List<String> sets) {
		ICompositeNode node = NodeModelUtils.getNode(scenario);
		String text = node.getRootNode().getText();
		String indent = indentOfLine(text, node.getOffset());
		List<String> lines = lines(title, sets, 0);
		StringBuilder replacement = new StringBuilder(lines.get(0));
		for (String line : lines.subList(1, lines.size())) {
			replacement.append('\n').append(indent).append(line);
		}
		return new Edit(scenario.eResource(), text, node.getOffset(), node.getLength(), replacement.toString());
	}

	/** The lines, indented one level below where the block's closing brace is, just before that brace. */
	private static Edit insertBeforeClosingBrace(EObject block, List<String> lines) {
		ICompositeNode node = NodeModelUtils.getNode(block);
		String text = node.getRootNode().getText();
		ILeafNode brace = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "}".equals(leaf.getText())) {
				brace = leaf;
			}
		}
		int at = brace.getOffset();
		int lineStart = text.lastIndexOf('\n', at - 1) + 1;
		String beforeBrace = text.substring(lineStart, at);
		String indent = indentOfLine(text, node.getOffset());
		StringBuilder inserted = new StringBuilder();
		boolean braceAlone = beforeBrace.isBlank();
		if (!braceAlone) {
			inserted.append('\n');
		}
		for (String line : lines) {
			inserted.append(line.isEmpty() ? "" : indent + "  " + line).append('\n');
		}
		if (!braceAlone) {
			inserted.append(indent);
		}
		return new Edit(block.eResource(), text, braceAlone ? lineStart : at, 0, inserted.toString());
	}

	private static List<String> lines(String title, List<String> sets, int indent) {
		String pad = " ".repeat(indent);
		List<String> lines = new ArrayList<>();
		lines.add(pad + "scenario " + NAME + " " + quoted(title) + " {");
		sets.forEach(set -> lines.add(pad + "  " + set));
		lines.add(pad + "}");
		return lines;
	}

	private static String indentOfLine(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
