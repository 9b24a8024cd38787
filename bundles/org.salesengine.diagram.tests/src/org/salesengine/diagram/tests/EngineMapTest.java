package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

/** The engine map of both examples: what is drawn, in which compartment, linked how, and where the chain breaks. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class EngineMapTest {
	@Inject
	private EngineLoader loader;
	private Examples acme;
	private Examples broken;

	@BeforeEach
	void load() {
		acme = Examples.load(loader, "acme.sales");
		broken = Examples.load(loader, "broken.sales");
	}

	@Test
	void everyElementOfAcmeHasABoxInItsPillar() {
		Diagram map = acme.diagram(DiagramKind.ENGINE);
		WholeEngine engine = acme.engine();
		Map<String, List<String>> expected = Map.of(
				"pillar-strategy", ids(engine.objectives(), engine.segments()),
				"pillar-structure", ids(engine.roles(), engine.teams(), engine.processes()),
				"pillar-culture", ids(engine.behaviors(), engine.rituals()),
				"pillar-compensation", ids(engine.kpis(), engine.plans(), engine.spifs()));
		assertEquals(List.of("pillar-strategy", "pillar-structure", "pillar-culture", "pillar-compensation"),
				map.nodes().stream().map(DiagramNode::id).toList());
		for (DiagramNode compartment : map.nodes()) {
			assertEquals(NodeKind.COMPARTMENT, compartment.kind());
			assertEquals(new TreeSet<>(expected.get(compartment.id())),
					compartment.children().stream().map(DiagramNode::elementId).collect(Collectors.toCollection(TreeSet::new)),
					compartment.id());
		}
		assertEquals(31, map.allNodes().stream().filter(n -> n.kind() == NodeKind.ELEMENT).count());
		assertTrue(map.allNodes().stream().noneMatch(n -> n.kind() == NodeKind.MISSING), "acme lacks nothing");
		// A box's id is its element's qualified name.
		map.allNodes().stream().filter(n -> n.kind() == NodeKind.ELEMENT).forEach(n -> assertEquals(n.elementId(), n.id()));
	}

	@Test
	void acmeHasEveryAlignmentLinkOnce() {
		Diagram map = acme.diagram(DiagramKind.ENGINE);
		Map<LinkKind, Long> counts = new EnumMap<>(LinkKind.class);
		map.edges().forEach(edge -> counts.merge(edge.kind(), 1L, Long::sum));
		Map<LinkKind, Long> expected = new EnumMap<>(Map.ofEntries(
				Map.entry(LinkKind.SUPPORTS, 8L), Map.entry(LinkKind.COVERS, 2L), Map.entry(LinkKind.SERVES, 2L),
				Map.entry(LinkKind.OWNS, 6L), Map.entry(LinkKind.PRODUCES, 2L), Map.entry(LinkKind.STAFFS, 5L),
				Map.entry(LinkKind.INDICATOR, 2L), Map.entry(LinkKind.REINFORCED_BY, 2L), Map.entry(LinkKind.REVIEWS, 8L),
				Map.entry(LinkKind.FORMULA_INPUT, 2L), Map.entry(LinkKind.PAID_BY, 4L), Map.entry(LinkKind.REWARDS, 6L)));
		assertEquals(expected, counts);
		assertTrue(map.edges().stream().noneMatch(DiagramEdge::missing));
		assertEquals(List.of("80%"), labels(map.edge("rewards-AcmeEmea.AEPlan-AcmeEmea.NewARR").orElseThrow()));
		assertEquals(List.of("20%"), labels(map.edge("rewards-AcmeEmea.AEPlan-AcmeEmea.WinRate").orElseThrow()));
		assertEquals(List.of(), labels(map.edge("rewards-AcmeEmea.MultiYear-AcmeEmea.NewARR").orElseThrow()), "a SPIF has no weight");
		assertTrue(map.edge("supports-AcmeEmea.NRR-AcmeEmea.Expansion").isPresent());
		assertTrue(map.edge("indicator-AcmeEmea.MultiThreading-AcmeEmea.StakeholdersPerDeal").isPresent());
		assertTrue(map.edge("reinforced-by-AcmeEmea.FastFollowUp-AcmeEmea.PipelineStandup").isPresent());
		assertTrue(map.edge("reviews-AcmeEmea.PipelineStandup-AcmeEmea.MeetingsBooked").isPresent());
		assertTrue(map.edge("owns-AcmeEmea.SDR-AcmeEmea.MeetingsBooked").isPresent());
		assertTrue(map.edge("produces-AcmeEmea.Renewal-AcmeEmea.ExpansionARR").isPresent());
		assertTrue(map.edge("paid-by-AcmeEmea.AM-AcmeEmea.AMPlan").isPresent());
		assertTrue(map.edge("formula-input-AcmeEmea.DealsLost-AcmeEmea.WinRate").isPresent());
		assertNull(map.decoration(), "acme has no finding about the engine as a whole");
		assertEquals(List.of(), map.notes());
	}

	@Test
	void brokenMarksTheElementsItsFindingsAreAbout() {
		Diagram map = broken.diagram(DiagramKind.ENGINE);
		assertEquals(Decoration.Level.ERROR, level(map, "Initech.CSM"));
		// The process carries its own error and those of its stages, which have no box on the engine map.
		assertEquals(Decoration.Level.ERROR, level(map, "Initech.Enterprise2"));
		DiagramNode process = map.node("Initech.Enterprise2").orElseThrow();
		assertTrue(process.decoration().messages().contains("error: stage Close: conversion 140% must be above 0% and at most 100% [conversion-out-of-range]"),
				process.decoration().messages().toString());
		assertTrue(process.decoration().messages().contains("error: process Enterprise2 has no lost outcome [process-without-outcome]"));
		assertEquals(Decoration.Level.ERROR, level(map, "Initech.AEPlan"));
		assertEquals(Decoration.Level.ERROR, level(map, "Initech.Velocity"));
		assertEquals(Decoration.Level.WARNING, level(map, "Initech.Partners"));
		assertEquals(Decoration.Level.WARNING, level(map, "Initech.ExecutiveAccess"));
		assertEquals(Decoration.Level.WARNING, level(map, "Initech.Calls"));
		assertNull(map.node("Initech.AE").orElseThrow().decoration(), "no finding is about AE");
		assertNull(map.node("Initech.Large").orElseThrow().decoration(), "no finding is about the segment");
		// A measure is drawn as its plan's rewards edge, and carries the measure's findings.
		DiagramEdge bookings = map.edge("rewards-Initech.AEPlan-Initech.Bookings").orElseThrow();
		assertEquals(Decoration.Level.ERROR, bookings.decoration().level());
		assertEquals(List.of("error: measure Bookings in plan AEPlan: threshold 120% is 100% or more; cap 110% is below the threshold 120% [invalid-payout-curve]"),
				bookings.decoration().messages());
		assertEquals(Decoration.Level.WARNING, map.decoration().level(), "the street quota is about the whole engine");
		// Every badge has its numbered entry under the diagram, numbered 1, 2, 3 ...
		List<Integer> numbers = map.notes().stream().map(note -> note.decoration().number()).toList();
		assertEquals(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers);
	}

	@Test
	void brokenDrawsEachMissingLinkToAPlaceholderWhereTheMissingElementBelongs() {
		Diagram map = broken.diagram(DiagramKind.ENGINE);
		Set<String> missing = map.edges().stream().filter(DiagramEdge::missing).map(DiagramEdge::id).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(List.of(
				"missing-supports-missing-kpi-for-Initech.Partners-Initech.Partners",
				"missing-paid-by-Initech.CSM-missing-plan-for-Initech.CSM",
				"missing-reinforced-by-Initech.ExecutiveAccess-missing-reinforcement-for-Initech.ExecutiveAccess",
				"missing-supports-Initech.Calls-missing-objective-for-Initech.Calls",
				"missing-supports-Initech.Velocity-missing-objective-for-Initech.Velocity")), missing);
		assertEquals(List.of("missing-kpi-for-Initech.Partners", "missing-plan-for-Initech.CSM"), placeholders(map, "pillar-compensation"));
		assertEquals(List.of("missing-objective-for-Initech.Calls", "missing-objective-for-Initech.Velocity"), placeholders(map, "pillar-strategy"));
		assertEquals(List.of("missing-reinforcement-for-Initech.ExecutiveAccess"), placeholders(map, "pillar-culture"));
		assertEquals(List.of("no KPI supports this"), map.node("missing-kpi-for-Initech.Partners").orElseThrow().labels().stream().map(DiagramLabel::text).toList());
	}

	private static List<String> placeholders(Diagram map, String compartment) {
		return map.node(compartment).orElseThrow().children().stream().filter(n -> n.kind() == NodeKind.MISSING).map(DiagramNode::id).toList();
	}

	private static Decoration.Level level(Diagram diagram, String id) {
		Decoration decoration = diagram.node(id).orElseThrow().decoration();
		return decoration == null ? null : decoration.level();
	}

	private static List<String> labels(DiagramEdge edge) {
		return edge.labels().stream().map(DiagramLabel::text).toList();
	}

	@SafeVarargs
	private static List<String> ids(List<? extends org.eclipse.emf.ecore.EObject>... groups) {
		List<String> ids = new ArrayList<>();
		for (List<? extends org.eclipse.emf.ecore.EObject> group : groups) {
			group.forEach(element -> ids.add(ElementIds.of(element)));
		}
		return ids;
	}
}
