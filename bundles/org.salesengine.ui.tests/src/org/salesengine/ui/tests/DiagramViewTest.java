package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.editor.SalesEngineEditor;

/** The live Diagram view: shows the engine map, follows typing, and syncs selection both ways with the editor. */
class DiagramViewTest {
	private Ui.OpenAcme acme;
	private SalesEngineEditor editor;
	private DiagramView view;

	@BeforeEach
	void open() throws Exception {
		acme = Ui.OpenAcme.open("DiagramViewTest");
		editor = acme.editor();
		view = acme.view();
	}

	@AfterEach
	void close() throws Exception {
		acme.close();
	}

	@Test
	void showsTheEngineMapOfTheActiveEditor() {
		Diagram diagram = view.diagram();
		assertEquals(DiagramKind.ENGINE, diagram.kind());
		assertEquals("AcmeEmea-engine", diagram.id());
		List<DiagramNode> elements = diagram.allNodes().stream().filter(n -> n.kind() == NodeKind.ELEMENT).toList();
		assertEquals(31, elements.size());
		assertTrue(elements.stream().map(DiagramNode::elementId).toList().containsAll(List.of("AcmeEmea.NewLogos",
				"AcmeEmea.AE", "AcmeEmea.NewBusiness", "AcmeEmea.DealReview", "AcmeEmea.NewARR", "AcmeEmea.AEPlan")));
		assertEquals(4, diagram.nodes().stream().filter(n -> n.kind() == NodeKind.COMPARTMENT).count());
	}

	@Test
	void clickingANodeSelectsTheElementInTheEditor() {
		Point point = view.canvasPointOf("AcmeEmea.WinRate").orElseThrow();
		click(point);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("WinRate", selection.getText());
		assertEquals(document().get().indexOf("kpi WinRate") + "kpi ".length(), selection.getOffset());
	}

	@Test
	void theCaretHighlightsItsElementInTheDiagram() {
		int inNewArr = document().get().indexOf("source \"CRM");
		editor.selectAndReveal(inNewArr, 0);
		Ui.waitFor("the NewARR highlight", () -> "AcmeEmea.NewARR".equals(view.highlighted()));
		int inStage = document().get().indexOf("stage Proposal");
		editor.selectAndReveal(inStage, 0);
		Ui.waitFor("the stage's process highlighted", () -> "AcmeEmea.NewBusiness".equals(view.highlighted()));
	}

	@Test
	void theDiagramFollowsTyping() throws Exception {
		IDocument document = document();
		int strategyEnd = document.get().indexOf("    segment MidMarket");
		document.replace(strategyEnd, 0, "    objective Partnerships \"Build a partner channel\" { priority 3 }\n");
		Ui.waitFor("the new objective in the diagram",
				() -> view.diagram() != null && view.diagram().allNodes().stream().anyMatch(n -> "AcmeEmea.Partnerships".equals(n.elementId())));
	}

	@Test
	void thePipelineShowsTheVolumesEachStageNeeds() {
		view.show(DiagramKind.PIPELINE);
		Ui.waitFor("the pipeline", () -> view.diagram() != null && view.diagram().kind() == DiagramKind.PIPELINE);
		DiagramNode lead = view.diagram().allNodes().stream().filter(n -> "AcmeEmea.Lead".equals(n.elementId())).findFirst().orElseThrow();
		assertTrue(lead.labels().stream().anyMatch(l -> l.text().contains("volume 3,704")), lead.labels().toString());
	}

	@Test
	void exportsWhatItShowsAsSvgAndPng() throws Exception {
		Path folder = Files.createTempDirectory("diagram-export");
		view.exportTo(folder.resolve("map.svg"), "svg");
		view.exportTo(folder.resolve("map.png"), "png");
		assertEquals(SvgWriter.write(view.diagram()), Files.readString(folder.resolve("map.svg")));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		assertEquals("svg", factory.newDocumentBuilder().parse(folder.resolve("map.svg").toFile()).getDocumentElement().getNodeName());
		byte[] png = Files.readAllBytes(folder.resolve("map.png"));
		assertEquals((byte) 0x89, png[0]);
		assertEquals('P', png[1]);
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private void click(Point point) {
		Ui.click(view, point);
		Ui.settle();
	}
}
