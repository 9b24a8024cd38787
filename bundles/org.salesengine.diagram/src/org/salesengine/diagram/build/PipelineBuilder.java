package org.salesengine.diagram.build;

import org.salesengine.diagram.view.Colouring;
import org.salesengine.diagram.view.ViewFilter;

import java.util.List;
import java.util.OptionalDouble;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.model.LegendEntry;
import org.salesengine.diagram.style.Theme;
import org.salesengine.model.Outcome;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.FunnelSizing;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * The pipeline: each process a compartment in which its stages run left to right into the won outcome, and every
 * stage can drop into the lost one. A stage box says who owns it, how much converts, how long it takes and what ends
 * it; a process without a won or lost outcome gets a placeholder and a missing link instead.
 */
final class PipelineBuilder {
	private final GraphBuilder graph;
	private final WholeEngine engine;
	private final StageVolumes volumes;
	private static final List<String> PROCESS = List.of("compartment", EnginePillar.STRUCTURE.styleClass(), "process");

	PipelineBuilder(WholeEngine engine, Decorations decorations, TextMetrics metrics, StageVolumes volumes, ViewFilter filter, Colouring colouring) {
		this.engine = engine;
		this.volumes = volumes;
		this.graph = new GraphBuilder(DiagramKind.PIPELINE, engine, decorations, metrics, filter, colouring);
	}

	Diagram build() {
		if (engine.processes().isEmpty()) {
			graph.missing(null, "missing-process", "no sales process declared");
		}
		for (SalesProcess process : engine.processes()) {
			addProcess(process);
		}
		graph.legend(LegendEntry.element(List.of(EnginePillar.STRUCTURE.styleClass(), "stage"), "stage"));
		graph.legend(LegendEntry.element(List.of(EnginePillar.STRUCTURE.styleClass(), Theme.WON), "won outcome"));
		graph.legend(LegendEntry.element(List.of(EnginePillar.STRUCTURE.styleClass(), Theme.LOST), "lost outcome"));
		return graph.build(engine.displayName() + " · sales pipeline", DiagramHeadings.subtitle(engine));
	}

	private void addProcess(SalesProcess process) {
		String heading = Values.name(process) + (process.getDisplayName() == null ? "" : " · " + process.getDisplayName());
		NodeDraft box = graph.compartment(ElementIds.of(process), process, heading, PROCESS);
		box.detail(Values.join(process.getSegments().stream().filter(WholeEngine::resolved).map(Values::name)
				.reduce((a, b) -> a + ", " + b).map(segments -> "for " + segments).orElse(null),
				process.getAverageDeal() == null ? null : "average deal " + Values.amount(process.getAverageDeal()),
				WholeEngine.resolved(process.getProduces()) ? "produces " + Values.name(process.getProduces()) : null));
		// What a slide about a pipeline is asked first: how many opportunities end won, and how long it takes.
		FunnelSizing funnel = FunnelSizing.of(process);
		if (funnel.sized()) {
			box.detail(Values.join("win rate " + Amounts.percent(funnel.winRate()),
					funnel.cycleDays() == null ? null : "cycle " + funnel.cycleDays() + " days"));
		}
		NodeDraft previous = null;
		Stage previousStage = null;
		for (Stage stage : process.getStages()) {
			NodeDraft stageBox = stage(box, stage);
			if (previousStage != null) {
				graph.link(LinkKind.NEXT_STAGE, previousStage, stage);
			}
			previous = stageBox;
			previousStage = stage;
		}
		NodeDraft last = previous != null ? previous
				: graph.missing(box, "missing-stages-" + box.id(), "no stages");
		addOutcome(box, process, process.getWon(), Theme.WON, LinkKind.WON, last);
		addOutcome(box, process, process.getLost(), Theme.LOST, LinkKind.LOST, last);
	}

	private NodeDraft stage(NodeDraft process, Stage stage) {
		NodeDraft box = graph.element(process, stage, List.of(EnginePillar.STRUCTURE.styleClass(), "stage")).text(stage.getDisplayName());
		box.detail("owner " + (WholeEngine.resolved(stage.getOwner()) ? Values.name(stage.getOwner()) : "—"));
		box.detail(Values.join(stage.getConversion() == null ? "conversion —" : "converts " + Values.percent(stage.getConversion()),
				Values.duration(stage.getDuration())));
		box.text(stage.getExitCriterion() == null ? null : "exit: " + stage.getExitCriterion());
		OptionalDouble volume = volumes.volumeAt(ElementIds.of(stage));
		if (volume.isPresent()) {
			box.detail("volume " + Amounts.volume(volume.getAsDouble()));
		}
		return box;
	}

	private void addOutcome(NodeDraft process, SalesProcess model, Outcome outcome, String styleClass, LinkKind kind, NodeDraft last) {
		if (outcome == null) {
			NodeDraft placeholder = graph.missing(process, "missing-" + styleClass + "-" + process.id(), "no " + styleClass + " outcome");
			graph.missingLink(kind, last, placeholder);
			return;
		}
		graph.element(process, outcome, List.of(EnginePillar.STRUCTURE.styleClass(), styleClass))
				.text(outcome.getDisplayName()).detail(styleClass);
		if (kind == LinkKind.LOST) {
			// Deals drop out at every stage, not only the last.
			for (Stage stage : model.getStages()) {
				graph.link(kind, stage, outcome);
			}
		} else if (!model.getStages().isEmpty()) {
			graph.link(kind, model.getStages().get(model.getStages().size() - 1), outcome);
		}
	}
}
