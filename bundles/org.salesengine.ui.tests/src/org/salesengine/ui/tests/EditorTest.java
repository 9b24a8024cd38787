package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.editor.ContentAssist;
import org.salesengine.ui.editor.EngineTextHover;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.markers.Markers;

/** The engine editor on acme and broken: parsing, markers in the Problems view, content assist, hover. */
class EditorTest {
	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Ui.project("EditorTest", "acme.sales", TestFiles.exampleText("acme.sales"), "broken.sales", TestFiles.exampleText("broken.sales"));
	}

	@AfterEach
	void close() throws Exception {
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void acmeOpensInTheEngineEditorAndParsesClean() throws Exception {
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		assertEquals(TestFiles.exampleText("acme.sales"), document.get());
		assertEquals("AcmeEmea", editor.model().latest().engine().getName());
		assertEquals(List.of(), editor.model().latest().issues().stream()
				.filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING)
				.map(i -> i.getMessage()).toList());
		assertTrue(editor.isEditable(), "the editor accepts typing");
	}

	@Test
	void namesTakeTheColourOfTheirPillar() throws Exception {
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		org.eclipse.swt.custom.StyledText widget = editor.viewer().getTextWidget();
		int declaration = text.indexOf("objective NewLogos") + "objective ".length();
		int reference = text.indexOf("supports NewLogos owner AE") + "supports ".length();
		int kpi = text.indexOf("reviews Pipeline") + "reviews ".length();
		org.salesengine.diagram.style.Rgb strategy = org.salesengine.diagram.style.Palette
				.of(org.salesengine.diagram.model.EnginePillar.STRATEGY).strong();
		org.salesengine.diagram.style.Rgb compensation = org.salesengine.diagram.style.Palette
				.of(org.salesengine.diagram.model.EnginePillar.COMPENSATION).strong();
		Ui.waitFor("semantic colours", () -> widget.getStyleRangeAtOffset(declaration) != null
				&& strategy.equals(rgb(widget.getStyleRangeAtOffset(declaration))));
		assertTrue((widget.getStyleRangeAtOffset(declaration).fontStyle & org.eclipse.swt.SWT.BOLD) != 0, "declarations are bold");
		assertEquals(strategy, rgb(widget.getStyleRangeAtOffset(reference)));
		assertEquals(0, widget.getStyleRangeAtOffset(reference).fontStyle & org.eclipse.swt.SWT.BOLD, "references are not bold");
		assertEquals(compensation, rgb(widget.getStyleRangeAtOffset(kpi)));
	}

	private static org.salesengine.diagram.style.Rgb rgb(org.eclipse.swt.custom.StyleRange range) {
		return range.foreground == null ? null
				: new org.salesengine.diagram.style.Rgb(range.foreground.getRed(), range.foreground.getGreen(), range.foreground.getBlue());
	}

	@Test
	void markersAppearForBrokenAndNotForAcme() throws Exception {
		List<IMarker> broken = Ui.markers(project.getFile("broken.sales"));
		Map<String, Long> bySeverity = broken.stream().collect(Collectors.groupingBy(
				m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR ? "error" : "warning", TreeMap::new,
				Collectors.counting()));
		assertEquals(Map.of("error", 9L, "warning", 17L), bySeverity);
		IMarker csm = broken.stream().filter(m -> "quota-role-without-plan".equals(m.getAttribute(Markers.CODE, ""))).findFirst()
				.orElseThrow();
		assertEquals(16, csm.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals("role CSM carries quota but no plan pays it [quota-role-without-plan]", csm.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(List.of(), Ui.markers(project.getFile("acme.sales")));
	}

	@Test
	void contentAssistAfterSupportsProposesTheObjectives() throws Exception {
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		int offset = text.indexOf("supports NewLogos owner AE") + "supports ".length();
		List<String> proposals = new ContentAssist(editor.model()).proposals(text, offset).stream()
				.map(ContentAssistEntry::getProposal).toList();
		assertTrue(proposals.containsAll(List.of("NewLogos", "Expansion")), proposals.toString());
		assertTrue(proposals.stream().noneMatch(p -> p.equals("AE") || p.equals("NewARR") || p.equals("MidMarket")),
				"only objectives can be supported: " + proposals);
	}

	@Test
	void hoveringADiagnosticShowsTheRuleRationale() throws Exception {
		Ui.markers(project.getFile("broken.sales"));
		SalesEngineEditor editor = Ui.open(project.getFile("broken.sales"));
		IMarker mix = Ui.markers(project.getFile("broken.sales")).stream()
				.filter(m -> "mix-not-100".equals(m.getAttribute(Markers.CODE, ""))).findFirst().orElseThrow();
		Ui.waitFor("marker annotations", () -> !EngineTextHover.diagnosticsAt(editor.viewer().getAnnotationModel(),
				mix.getAttribute(IMarker.CHAR_START, -1)).isEmpty());
		String hover = String.join("\n", EngineTextHover.diagnosticsAt(editor.viewer().getAnnotationModel(),
				mix.getAttribute(IMarker.CHAR_START, -1)));
		assertEquals("plan AEPlan: pay mix 50/40 sums to 90, not 100 [mix-not-100]\n"
				+ "Why it matters (compensation): The mix splits on-target earnings into base and incentive; if it does not add up, neither figure is defined.",
				hover);
	}
}
