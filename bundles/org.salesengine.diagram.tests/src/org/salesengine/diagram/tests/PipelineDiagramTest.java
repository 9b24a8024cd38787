package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

/** The pipeline: one compartment per process, stages left to right with what defines them, won and lost outcomes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PipelineDiagramTest {
	@Inject
	private EngineLoader loader;
	private Examples acme;

	@BeforeEach
	void load() {
		acme = Examples.load(loader, "acme.sales");
	}

	@Test
	void eachProcessIsACompartmentWithItsStagesInOrderLeftToRight() {
		Diagram pipeline = acme.diagram(DiagramKind.PIPELINE);
		assertEquals(List.of("AcmeEmea.NewBusiness", "AcmeEmea.Renewal"), pipeline.nodes().stream().map(DiagramNode::id).toList());
		DiagramNode newBusiness = pipeline.node("AcmeEmea.NewBusiness").orElseThrow();
		assertEquals(NodeKind.COMPARTMENT, newBusiness.kind());
		assertEquals(List.of("AcmeEmea.Lead", "AcmeEmea.Discovery", "AcmeEmea.Proposal", "AcmeEmea.Negotiate", "AcmeEmea.ClosedWon", "AcmeEmea.ClosedLost"),
				newBusiness.children().stream().map(DiagramNode::id).toList());
		List<DiagramNode> stages = newBusiness.children().subList(0, 4);
		for (int i = 1; i < stages.size(); i++) {
			assertTrue(stages.get(i).bounds().x() >= stages.get(i - 1).bounds().right(), stages.get(i).id() + " is right of the stage before it");
		}
		DiagramNode won = pipeline.node("AcmeEmea.ClosedWon").orElseThrow();
		assertTrue(won.bounds().x() >= stages.get(3).bounds().right(), "the won outcome follows the last stage");
		assertEquals("NewBusiness · New business", newBusiness.labels().get(0).text());
		assertTrue(text(newBusiness).startsWith("NewBusiness · New business for MidMarket · average deal 45k · produces NewARR"), text(newBusiness));
	}

	@Test
	void processHeadersGiveWinRateAndCycleTime() {
		Diagram pipeline = acme.diagram(DiagramKind.PIPELINE);
		// NewBusiness: 40% × 50% × 45% × 80% = 7.2% of leads are won, after 10 + 21 + 30 + 14 = 75 days.
		assertEquals("NewBusiness · New business for MidMarket · average deal 45k · produces NewARR win rate 7.2% · cycle 75 days",
				text(pipeline.node("AcmeEmea.NewBusiness").orElseThrow()));
		// Renewal: 90% × 60% = 54%, after 30 + 20 = 50 days.
		assertTrue(text(pipeline.node("AcmeEmea.Renewal").orElseThrow()).endsWith(" win rate 54% · cycle 50 days"));
	}

	@Test
	void aStageShowsOwnerConversionDurationAndExitCriterion() {
		Diagram pipeline = acme.diagram(DiagramKind.PIPELINE);
		assertEquals("Lead owner SDR converts 40% · 10 days exit: ICP fit and first meeting booked", text(pipeline.node("AcmeEmea.Lead").orElseThrow()));
		assertEquals("Expand owner AM converts 60% · 20 days exit: Expansion order signed", text(pipeline.node("AcmeEmea.Expand").orElseThrow()));
		assertEquals("ClosedLost lost", text(pipeline.node("AcmeEmea.ClosedLost").orElseThrow()));
	}

	@Test
	void stagesLeadIntoEachOtherThenWonAndEveryStageCanBeLost() {
		Diagram pipeline = acme.diagram(DiagramKind.PIPELINE);
		Map<LinkKind, List<String>> byKind = pipeline.edges().stream()
				.collect(Collectors.groupingBy(DiagramEdge::kind, Collectors.mapping(DiagramEdge::id, Collectors.toList())));
		assertEquals(List.of("next-stage-AcmeEmea.Lead-AcmeEmea.Discovery", "next-stage-AcmeEmea.Discovery-AcmeEmea.Proposal",
				"next-stage-AcmeEmea.Proposal-AcmeEmea.Negotiate", "next-stage-AcmeEmea.Review-AcmeEmea.Expand"), byKind.get(LinkKind.NEXT_STAGE));
		assertEquals(List.of("won-AcmeEmea.Negotiate-AcmeEmea.ClosedWon", "won-AcmeEmea.Expand-AcmeEmea.Renewed"), byKind.get(LinkKind.WON));
		assertEquals(6, byKind.get(LinkKind.LOST).size());
		assertEquals(3, byKind.size());
	}

	@Test
	void volumesAppearOnlyWhenGiven() {
		Diagram without = acme.diagram(DiagramKind.PIPELINE);
		assertTrue(without.allNodes().stream().flatMap(n -> n.labels().stream()).noneMatch(l -> l.text().startsWith("volume")));
		Diagram with = Diagrams.build(DiagramKind.PIPELINE, acme.engine(), acme.findings(),
				StageVolumes.of(Map.of("AcmeEmea.Lead", 1234.0, "AcmeEmea.Discovery", 493.6)));
		assertEquals("Lead owner SDR converts 40% · 10 days exit: ICP fit and first meeting booked volume 1,234", text(with.node("AcmeEmea.Lead").orElseThrow()));
		assertTrue(text(with.node("AcmeEmea.Discovery").orElseThrow()).endsWith("volume 494"));
		assertTrue(text(with.node("AcmeEmea.Proposal").orElseThrow()).endsWith("exit: Mutual action plan signed off"));
		assertEquals(List.of(), LayoutProblems.all(with));
	}

	@Test
	void brokenShowsTheMissingLostOutcomeAndTheStageFindings() {
		Examples broken = Examples.load(loader, "broken.sales");
		Diagram pipeline = broken.diagram(DiagramKind.PIPELINE);
		DiagramNode process = pipeline.node("Initech.Enterprise2").orElseThrow();
		assertEquals(List.of("Initech.Qualify", "Initech.Close", "Initech.Signed", "missing-lost-Initech.Enterprise2"),
				process.children().stream().map(DiagramNode::id).toList());
		assertEquals(List.of("missing-lost-Initech.Close-missing-lost-Initech.Enterprise2"),
				pipeline.edges().stream().filter(DiagramEdge::missing).map(DiagramEdge::id).toList());
		assertEquals(Decoration.Level.ERROR, process.decoration().level());
		assertEquals(Decoration.Level.ERROR, pipeline.node("Initech.Close").orElseThrow().decoration().level());
		assertEquals(Decoration.Level.WARNING, pipeline.node("Initech.Qualify").orElseThrow().decoration().level());
		assertEquals("Qualify owner AE converts 30% · 30 days", text(pipeline.node("Initech.Qualify").orElseThrow()), "no exit criterion, no exit line");
	}

	/** A box's text as one line: wrapped lines joined with spaces. */
	static String text(DiagramNode node) {
		return node.labels().stream().map(DiagramLabel::text).collect(Collectors.joining(" "));
	}
}
