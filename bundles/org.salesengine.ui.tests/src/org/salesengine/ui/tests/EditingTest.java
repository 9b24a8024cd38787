package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.editor.FormatHandler;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.markers.Markers;
import org.salesengine.ui.markers.QuickFixes;

/** Working in the editor: live problems while typing, quick fixes, formatting, go to definition. */
class EditingTest {
	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Ui.project("EditingTest", "acme.sales", TestFiles.exampleText("acme.sales"), "broken.sales", TestFiles.exampleText("broken.sales"));
	}

	@AfterEach
	void close() throws Exception {
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void problemsFollowTheTextWhileTyping() throws Exception {
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
		assertEquals(List.of(), Ui.markers(project.getFile("acme.sales")));
		IDocument document = document(editor);
		int conversion = document.get().indexOf("conversion 40%");
		document.replace(conversion + "conversion ".length(), 3, "140%");
		Ui.waitFor("a live marker for the conversion", () -> codes(project.getFile("acme.sales")).contains("conversion-out-of-range"));
		assertTrue(editor.isDirty());
	}

	@Test
	void saveWritesAtomicallyAndKeepsCaretAndUndo() throws Exception {
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
		IDocument document = document(editor);
		int at = document.get().indexOf("revenue target 16M") + "revenue target ".length();
		document.replace(at, 3, "17M");
		editor.selectAndReveal(at + 2, 0);
		editor.doSave(null);
		Ui.settle();
		java.nio.file.Path path = project.getFile("acme.sales").getLocation().toPath();
		assertEquals(document.get(), java.nio.file.Files.readString(path));
		assertTrue(!editor.isDirty(), "saved");
		assertEquals(at + 2, ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset(), "the caret stays");
		try (java.util.stream.Stream<java.nio.file.Path> siblings = java.nio.file.Files.list(path.getParent())) {
			assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file left");
		}
		org.eclipse.core.filebuffers.ITextFileBuffer buffer = org.eclipse.core.filebuffers.FileBuffers.getTextFileBufferManager()
				.getTextFileBuffer(project.getFile("acme.sales").getFullPath(), org.eclipse.core.filebuffers.LocationKind.IFILE);
		assertTrue(buffer.isSynchronized(), "the buffer is in step with the file at once");
		Ui.settle();
		assertEquals(at + 2, ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset(), "the caret still stays");
		org.eclipse.text.undo.IDocumentUndoManager undo = org.eclipse.text.undo.DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		assertTrue(undo.undoable(), "the edit before the save can still be undone");
		undo.undo();
		int target = document.get().indexOf("revenue target");
		assertEquals("revenue target 16M", document.get().substring(target, target + 18),
				"undoable " + undo.undoable() + ", redo " + undo.redoable());
	}

	@Test
	void quickFixMakesTheMixSumTo100() throws Exception {
		Ui.open(project.getFile("broken.sales"));
		IMarker mix = marker("broken.sales", "mix-not-100");
		IMarkerResolution[] fixes = new QuickFixes().getResolutions(mix);
		assertEquals(List.of("Set the incentive share so the mix sums to 100"), Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
		fixes[0].run(mix);
		SalesEngineEditor editor = (SalesEngineEditor) Ui.page().getActiveEditor();
		assertTrue(document(editor).get().contains("      mix 50/50\n"), "the document now says 50/50");
	}

	@Test
	void quickFixMovesAMisplacedKpiToTheMetricsSection() throws Exception {
		String kpi = "    kpi DealsWon \"Deals won\" { unit count lagging }\n";
		String acme = TestFiles.exampleText("acme.sales");
		String misplaced = acme.replace(kpi, "").replace("revenue target 16M\n", "revenue target 16M\n" + kpi);
		project.getFile("acme.sales").setContents(new java.io.ByteArrayInputStream(misplaced.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
		IMarker marker = marker("acme.sales", "misplaced-element");
		assertEquals("KPI DealsWon is in the strategy section: a KPI is declared in the metrics section [misplaced-element]",
				marker.getAttribute(IMarker.MESSAGE, ""));
		IMarkerResolution[] fixes = new QuickFixes().getResolutions(marker);
		assertEquals(List.of("Move it to the metrics section"), Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
		fixes[0].run(marker);
		String moved = java.nio.file.Files.readString(project.getFile("acme.sales").getLocation().toPath());
		// The same text as acme but the KPI last in its section: the line moved, as written, nothing else changed.
		String lastKpi = "      unit currency leading target 10M supports Expansion owner AM\n    }\n";
		assertEquals(acme.replace(kpi, "").replace(lastKpi, lastKpi + kpi), moved);
		Ui.waitFor("no markers left", () -> codes(project.getFile("acme.sales")).isEmpty());
	}

	@Test
	void quickFixResolvesAMisspelledReference() throws Exception {
		String misspelled = TestFiles.exampleText("acme.sales").replace("reports to Manager }\n    role AE", "reports to Manger }\n    role AE");
		project.getFile("acme.sales").setContents(new java.io.ByteArrayInputStream(misspelled.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, false, null);
		IMarker unresolved = marker("acme.sales", "unresolved-reference");
		assertEquals("unknown role 'Manger' (did you mean 'Manager'?) [unresolved-reference]", unresolved.getAttribute(IMarker.MESSAGE, ""));
		IMarkerResolution[] fixes = new QuickFixes().getResolutions(unresolved);
		assertEquals("Change to 'Manager'", fixes[0].getLabel());
		fixes[0].run(unresolved);
		assertEquals(List.of(), Ui.markers(project.getFile("acme.sales")));
	}

	@Test
	void formatTidiesTheDocument() throws Exception {
		project.getFile("acme.sales").setContents(new java.io.ByteArrayInputStream(
				"engine M {\ncurrency EUR\n   strategy { objective O {priority 1} }\n}\n".getBytes()), true, false, null);
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
		assertTrue(FormatHandler.format(editor));
		assertEquals("engine M {\n  currency EUR\n  strategy { objective O { priority 1 } }\n}\n", document(editor).get());
	}

	@Test
	void goToDefinitionSelectsTheDeclaration() throws Exception {
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
		String text = document(editor).get();
		int reference = text.indexOf("supports NewLogos owner AE") + "supports ".length() + 2;
		IHyperlink link = null;
		for (IHyperlinkDetector detector : editor.getSourceViewerConfigurationForTests().getHyperlinkDetectors(editor.viewer())) {
			IHyperlink[] links = detector.detectHyperlinks(editor.viewer(), new Region(reference, 0), false);
			if (links != null && links.length > 0) {
				link = links[0];
				break;
			}
		}
		assertNotNull(link);
		assertEquals("Open objective NewLogos – Win new mid-market logos", link.getHyperlinkText());
		link.open();
		Ui.settle();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("objective NewLogos") + "objective ".length(), selection.getOffset());
		assertEquals("NewLogos", selection.getText());
	}

	private static IDocument document(SalesEngineEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private IMarker marker(String file, String code) throws Exception {
		return Ui.markers(project.getFile(file)).stream().filter(m -> code.equals(m.getAttribute(Markers.CODE, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " marker on " + file));
	}

	private static List<String> codes(org.eclipse.core.resources.IFile file) {
		try {
			return Arrays.stream(file.findMarkers(Markers.TYPE, false, 0)).map(m -> m.getAttribute(Markers.CODE, "")).toList();
		} catch (org.eclipse.core.runtime.CoreException e) {
			return List.of();
		}
	}
}
