package org.salesengine.diagram.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.LegendEntry;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.model.Note;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.TextStyle;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.style.Theme;
import org.salesengine.diagram.view.Colouring;
import org.salesengine.diagram.view.ViewFilter;
import org.salesengine.diagram.view.ViewHeading;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * Collects the nodes and edges of one diagram from engine elements and turns them into an unlaid {@link Diagram}.
 * Elements are keyed by identity, so two elements that share a name (a duplicate-name error) still get two boxes;
 * links to elements that are not drawn, or that do not resolve, are left out. Everything is kept in insertion order,
 * which follows the .sales files: the same engine always gives the same diagram.
 */
public final class GraphBuilder {
	private final DiagramKind kind;
	private final WholeEngine engine;
	private final Decorations decorations;
	private final TextMetrics metrics;
	private final List<NodeDraft> roots = new ArrayList<>();
	private final Map<EObject, NodeDraft> drawn = new IdentityHashMap<>();
	private final Set<String> nodeIds = new HashSet<>();
	private final Map<String, EdgeDraft> edges = new LinkedHashMap<>();
	private final List<LegendEntry> legend = new ArrayList<>();

	private record EdgeDraft(String id, LinkKind kind, boolean missing, String source, String target, String label, String decoratedBy) {
	}

	private final ViewFilter filter;
	private final Colouring colouring;
	/** The boxes of the view's focused elements, drawn apart from what the focus reaches. */
	private final Set<NodeDraft> focused = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	public GraphBuilder(DiagramKind kind, WholeEngine engine, Decorations decorations, TextMetrics metrics) {
		this(kind, engine, decorations, metrics, ViewFilter.NONE, Colouring.BY_PILLAR);
	}

	/** With a view: elements it leaves out are built but not added, and boxes get its colouring's classes. */
	public GraphBuilder(DiagramKind kind, WholeEngine engine, Decorations decorations, TextMetrics metrics, ViewFilter filter,
			Colouring colouring) {
		this.kind = kind;
		this.engine = engine;
		this.decorations = decorations;
		this.metrics = metrics;
		this.filter = filter;
		this.colouring = colouring;
	}

	public WholeEngine engine() {
		return engine;
	}

	/** A top-level group; {@code element} is null for a pillar, the process itself for a pipeline. */
	public NodeDraft compartment(String id, EObject element, String heading, List<String> classes) {
		if ((element != null && filter.leftOut(element) != null) || (element == null && !shownPillar(classes))) {
			return detached(new NodeDraft(id, element == null ? "" : ElementIds.of(element), NodeKind.COMPARTMENT, classes, metrics));
		}
		NodeDraft draft = new NodeDraft(uniqueId(id), element == null ? "" : ElementIds.of(element), NodeKind.COMPARTMENT, classes, metrics);
		draft.line(TextStyle.COMPARTMENT, heading);
		roots.add(draft);
		if (element != null) {
			drawn.put(element, draft);
		}
		return draft;
	}

	/** A box for an engine element, inside {@code parent} or at the top level when it is null; starts with its name. */
	public NodeDraft element(NodeDraft parent, NamedElement element, List<String> classes) {
		return element(parent, element, Values.name(element), classes);
	}

	public NodeDraft element(NodeDraft parent, EObject element, String name, List<String> classes) {
		String elementId = ElementIds.of(element);
		if (filter.leftOut(element) != null || (parent != null && parent.detached)) {
			return detached(new NodeDraft(elementId, elementId, NodeKind.ELEMENT, classes, metrics));
		}
		NodeDraft draft = new NodeDraft(uniqueId(elementId), elementId, NodeKind.ELEMENT, classes, metrics);
		draft.name(name);
		(parent == null ? roots : parent.children).add(draft);
		drawn.put(element, draft);
		return draft;
	}

	/** A placeholder for something the design lacks, with a text that says what. */
	public NodeDraft missing(NodeDraft parent, String id, String what) {
		if (parent != null && parent.detached) {
			return detached(new NodeDraft(id, "", NodeKind.MISSING, List.of(DiagramEdge.MISSING_CLASS), metrics));
		}
		NodeDraft draft = new NodeDraft(uniqueId(id), "", NodeKind.MISSING, List.of(DiagramEdge.MISSING_CLASS), metrics);
		draft.line(TextStyle.MISSING, what);
		(parent == null ? roots : parent.children).add(draft);
		return draft;
	}

	public Optional<NodeDraft> drawn(EObject element) {
		return Optional.ofNullable(element == null ? null : drawn.get(element));
	}

	/** Links two drawn elements; false when either is not drawn (or unresolved), or the link exists. */
	public boolean link(LinkKind linkKind, EObject from, EObject to) {
		return link(linkKind, from, to, null, null);
	}

	/**
	 * @param label text on the edge, or null
	 * @param decoratedBy the element whose findings the edge shows (a measure is drawn as its plan's edge), or null
	 */
	public boolean link(LinkKind linkKind, EObject from, EObject to, String label, String decoratedBy) {
		if (!WholeEngine.resolved(from) || !WholeEngine.resolved(to)) {
			return false;
		}
		NodeDraft source = drawn.get(from);
		NodeDraft target = drawn.get(to);
		if (source == null || target == null) {
			return false;
		}
		String id = linkKind.styleClass() + "-" + source.id + "-" + target.id;
		if (edges.containsKey(id)) {
			return false;
		}
		edges.put(id, new EdgeDraft(id, linkKind, false, source.id, target.id, label, decoratedBy));
		return true;
	}

	/** A link the design should have and lacks; one end is usually a {@link #missing} placeholder. */
	public void missingLink(LinkKind linkKind, NodeDraft from, NodeDraft to) {
		if (from.detached || to.detached) {
			return;
		}
		String id = DiagramEdge.MISSING_CLASS + "-" + linkKind.styleClass() + "-" + from.id + "-" + to.id;
		edges.putIfAbsent(id, new EdgeDraft(id, linkKind, true, from.id, to.id, null, null));
	}

	/** A pillar's compartment is drawn when the view shows one of its layers (KPIs and compensation are two). */
	private boolean shownPillar(List<String> classes) {
		EnginePillar pillar = Theme.pillarOf(classes);
		if (pillar == null) {
			return true;
		}
		return switch (pillar) {
			case STRATEGY -> filter.settings().showsLayer("strategy");
			case STRUCTURE -> filter.settings().showsLayer("structure");
			case CULTURE -> filter.settings().showsLayer("culture");
			case COMPENSATION -> filter.settings().showsLayer("metrics") || filter.settings().showsLayer("compensation");
		};
	}

	private static NodeDraft detached(NodeDraft draft) {
		draft.detached = true;
		return draft;
	}

	/** The pillars of the element boxes drawn: a colour legend speaks only of what the picture shows. */
	private static Set<EnginePillar> pillarsDrawn(List<DiagramNode> nodes) {
		Set<EnginePillar> pillars = EnumSet.noneOf(EnginePillar.class);
		for (DiagramNode node : nodes) {
			EnginePillar pillar = node.kind() == NodeKind.ELEMENT ? Theme.pillarOf(node.styleClasses()) : null;
			if (pillar != null) {
				pillars.add(pillar);
			}
			pillars.addAll(pillarsDrawn(node.children()));
		}
		return pillars;
	}

	public void legend(LegendEntry entry) {
		legend.add(entry);
	}

	/**
	 * The unlaid diagram. Decorations are numbered in reading order (nodes top-down as built, then edges), and the
	 * legend ends with the link kinds, missing links and badges the diagram actually shows.
	 */
	public Diagram build(String title, String subtitle) {
		Numbering numbering = new Numbering();
		filter.settings().focus().stream().map(drawn::get).filter(java.util.Objects::nonNull).forEach(focused::add);
		Decoration engineDecoration = numbering.decoration(engine.name(), decorations.aboutEngine(engine));
		List<DiagramNode> nodes = new ArrayList<>();
		for (NodeDraft root : roots) {
			// A pillar's compartment with nothing left in it by the view is not drawn at all.
			boolean emptiedByView = !filter.settings().showsAll() && root.kind == NodeKind.COMPARTMENT && root.elementId.isEmpty()
					&& root.children.isEmpty();
			if (!emptiedByView) {
				nodes.add(toNode(root, numbering));
			}
		}
		List<DiagramEdge> builtEdges = new ArrayList<>();
		Set<LinkKind> usedKinds = EnumSet.noneOf(LinkKind.class);
		boolean anyMissing = false;
		for (EdgeDraft edge : edges.values()) {
			List<DiagramLabel> labels = edge.label == null ? List.of() : List.of(DiagramLabel.of(edge.label, TextStyle.EDGE));
			Decoration decoration = edge.decoratedBy == null ? null : numbering.decoration(edge.decoratedBy, decorations.about(edge.decoratedBy));
			builtEdges.add(new DiagramEdge(edge.id, edge.kind, edge.missing, edge.source, edge.target, labels, List.of(), decoration));
			if (edge.missing) {
				anyMissing = true;
			} else {
				usedKinds.add(edge.kind);
			}
		}
		List<LegendEntry> entries = new ArrayList<>(colouring.legend(pillarsDrawn(nodes)));
		if (!focused.isEmpty()) {
			entries.add(LegendEntry.element(List.of(Theme.FOCUSED), "focus of the view; the other boxes are what it reaches"));
		}
		for (LegendEntry entry : legend) {
			// A sample box is painted as the boxes it explains are: under colour by signal a leading KPI's sample is teal.
			List<String> coloured = entry.sample() == LegendEntry.Sample.ELEMENT ? colouring.classesFor(entry.nodeClasses(), List.of()) : List.of();
			if (coloured.isEmpty()) {
				entries.add(entry);
			} else {
				List<String> classes = new ArrayList<>(entry.nodeClasses());
				classes.addAll(coloured);
				entries.add(LegendEntry.element(classes, entry.label().text()));
			}
		}
		for (LinkKind used : usedKinds) {
			entries.add(LegendEntry.link(used, used.label()));
		}
		if (anyMissing) {
			entries.add(LegendEntry.missingElement("missing element"));
			entries.add(LegendEntry.missingLink("missing link"));
		}
		if (numbering.errors > 0) {
			entries.add(LegendEntry.badge(Decoration.Level.ERROR, "error (see Findings)"));
		}
		if (numbering.warnings > 0) {
			entries.add(LegendEntry.badge(Decoration.Level.WARNING, "warning (see Findings)"));
		}
		String counts = Values.join(
				numbering.errors + numbering.warnings == 0 ? null : plural(numbering.errors, "error") + " and " + plural(numbering.warnings, "warning") + " marked",
				anyMissing ? plural(edges.values().stream().filter(EdgeDraft::missing).count(), "missing link") : null);
		List<DiagramLabel> header = new ArrayList<>();
		header.add(DiagramLabel.of(title, TextStyle.TITLE));
		String fullSubtitle = Values.join(subtitle, counts);
		if (fullSubtitle != null) {
			header.add(DiagramLabel.of(fullSubtitle, TextStyle.SUBTITLE));
		}
		ViewHeading.lines(filter).forEach(line -> header.add(DiagramLabel.of(line, TextStyle.SUBTITLE)));
		return new Diagram(kind, engine.name(), header, engineDecoration, nodes, builtEdges, entries, numbering.notes, List.of(), 0, 0,
				ViewHeading.classes(filter.settings(), colouring));
	}

	private DiagramNode toNode(NodeDraft draft, Numbering numbering) {
		List<Finding> findings = new ArrayList<>();
		for (String id : draft.decoratedBy) {
			findings.addAll(decorations.about(id));
		}
		Decoration decoration = numbering.decoration(draft.elementId.isEmpty() ? draft.id : draft.elementId, findings);
		List<DiagramNode> children = new ArrayList<>();
		for (NodeDraft child : draft.children) {
			children.add(toNode(child, numbering));
		}
		List<String> classes = draft.classes;
		if (draft.kind == NodeKind.ELEMENT) {
			List<String> colour = new ArrayList<>(colouring.classesFor(draft.classes, findings));
			if (focused.contains(draft)) {
				colour.add(Theme.FOCUSED);
			}
			if (!colour.isEmpty()) {
				classes = new ArrayList<>(draft.classes);
				classes.addAll(colour);
			}
		}
		return new DiagramNode(draft.id, draft.elementId, draft.kind, classes, draft.labels, children, Bounds.NONE, decoration, draft.sparkline);
	}

	private String uniqueId(String wanted) {
		String base = wanted.isEmpty() ? engine.name() : wanted;
		String id = base;
		for (int n = 2; !nodeIds.add(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/** Numbers decorations in the order they are met and writes the findings list entry of each. */
	private static final class Numbering {
		final List<Note> notes = new ArrayList<>();
		int errors;
		int warnings;

		Decoration decoration(String elementId, List<Finding> findings) {
			if (findings.isEmpty()) {
				return null;
			}
			boolean error = findings.stream().anyMatch(Finding::isError);
			// Errors first: they are what makes the badge red, and what to fix first.
			List<String> messages = findings.stream().sorted(Comparator.comparing((Finding f) -> !f.isError()))
					.map(f -> f.severityLabel() + ": " + f.message() + " [" + f.code() + "]").toList();
			for (Finding finding : findings) {
				if (finding.isError()) {
					errors++;
				} else {
					warnings++;
				}
			}
			Decoration decoration = new Decoration(error ? Decoration.Level.ERROR : Decoration.Level.WARNING, notes.size() + 1, messages, Bounds.NONE);
			notes.add(new Note(elementId, decoration, messages.stream().map(m -> DiagramLabel.of(m, TextStyle.LEGEND)).toList()));
			return decoration;
		}
	}
}
