package org.salesengine.diagram.build;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.Sparkline;
import org.salesengine.diagram.model.TextStyle;

/**
 * A node while a diagram is being built: text lines are added one by one and wrapped as they come, findings are
 * attached by element id. {@link GraphBuilder#build} turns drafts into immutable nodes.
 */
public final class NodeDraft {
	/** Widest a line of text may be inside a box before it wraps: keeps boxes compact and layers narrow. */
	static final double TEXT_WIDTH = 210;
	static final double NAME_WIDTH = 240;

	final String id;
	final String elementId;
	final NodeKind kind;
	final List<String> classes;
	final List<DiagramLabel> labels = new ArrayList<>();
	final List<NodeDraft> children = new ArrayList<>();
	final List<String> decoratedBy = new ArrayList<>();
	Sparkline sparkline;
	/** Left out by a view: built like any node, so the builders need not know, but never added to the diagram. */
	boolean detached;
	private final TextMetrics metrics;

	NodeDraft(String id, String elementId, NodeKind kind, List<String> classes, TextMetrics metrics) {
		this.id = id;
		this.elementId = elementId;
		this.kind = kind;
		this.classes = List.copyOf(classes);
		this.metrics = metrics;
		if (!elementId.isEmpty()) {
			decoratedBy.add(elementId);
		}
	}

	public String id() {
		return id;
	}

	public NodeDraft line(TextStyle style, String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		if (style == TextStyle.COMPARTMENT) {
			labels.add(DiagramLabel.of(text, style));
			return this;
		}
		for (String wrapped : metrics.wrap(text, style, style == TextStyle.NAME ? NAME_WIDTH : TEXT_WIDTH)) {
			labels.add(DiagramLabel.of(wrapped, style));
		}
		return this;
	}

	public NodeDraft name(String text) {
		return line(TextStyle.NAME, text);
	}

	public NodeDraft text(String text) {
		return line(TextStyle.TEXT, text);
	}

	public NodeDraft detail(String text) {
		return line(TextStyle.DETAIL, text);
	}

	/** Findings about this element (a stage of a process drawn as one box) are shown on this node too. */
	public NodeDraft decorateWith(String otherElementId) {
		if (!decoratedBy.contains(otherElementId)) {
			decoratedBy.add(otherElementId);
		}
		return this;
	}

	public NodeDraft sparkline(Sparkline unitSquare) {
		this.sparkline = unitSquare;
		return this;
	}
}
