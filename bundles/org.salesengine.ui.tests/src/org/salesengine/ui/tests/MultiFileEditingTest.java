package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.edit.EditResult;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * F2 on the multi-file acme (the dsl tests' acme-split, with another engine, Globex, in the same folder): renaming AE
 * edits every file of AcmeEmea that names it, each in its own editor (the files not open are opened), and leaves
 * Globex's own AE alone. Each editor's undo restores its file.
 */
class MultiFileEditingTest {
	private IProject project;
	private final Map<String, String> originals = new LinkedHashMap<>();

	@BeforeEach
	void createProject() throws Exception {
		List<String> namesAndTexts = new ArrayList<>();
		try (Stream<Path> files = Files.list(TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split"))) {
			for (Path file : files.sorted().toList()) {
				String text = Files.readString(file);
				originals.put(file.getFileName().toString(), text);
				namesAndTexts.add(file.getFileName().toString());
				namesAndTexts.add(text);
			}
		}
		project = Ui.project("MultiFileEditingTest", namesAndTexts.toArray(String[]::new));
	}

	@AfterEach
	void close() throws Exception {
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void renamingAnElementInPlaceEditsEveryFileThatNamesIt() throws Exception {
		SalesEngineEditor structure = Ui.open(project.getFile("structure.sales"));
		DiagramView view = (DiagramView) Ui.page().showView(DiagramView.ID);
		try {
			Ui.page().activate(structure);
			Ui.waitFor("the engine map", () -> view.diagram() != null && !view.isLayingOut());
			structure.selectAndReveal(document(structure).get().indexOf("role AE ") + "role ".length(), 0);
			Ui.waitFor("the caret in AE", () -> "AcmeEmea.AE".equals(view.highlighted()));
			Ui.page().activate(view);
			Ui.settle();
			Event f2 = new Event();
			f2.keyCode = SWT.F2;
			view.canvas().notifyListeners(SWT.KeyDown, f2);
			Text field = view.editing().nameField();
			assertNotNull(field);
			field.setText("AccountExecutive");
			field.notifyListeners(SWT.DefaultSelection, new Event());
			EditResult renamed = DiagramEditingTest.await(view.editing().lastEdit());
			assertTrue(renamed.applied(), renamed.message());
			assertEquals(List.of("compensation.sales", "culture.sales", "metrics.sales", "structure.sales"),
					renamed.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).sorted().toList());

			for (String name : List.of("compensation.sales", "culture.sales", "metrics.sales", "structure.sales")) {
				SalesEngineEditor editor = openEditor(name);
				assertNotNull(editor, name + " is open in an editor");
				assertEquals(renamedWord(originals.get(name), "AE", "AccountExecutive"), document(editor).get(), name);
				assertTrue(editor.isDirty(), "changed like typing, saved with the editor: " + name);
			}
			assertEquals(null, openEditor("strategy.sales"), "strategy.sales does not name AE");
			assertEquals(null, openEditor("zz-other-engine.sales"), "Globex's AE is another element");
			assertEquals(originals.get("zz-other-engine.sales"), Files.readString(project.getFile("zz-other-engine.sales").getLocation().toPath()));

			for (String name : List.of("compensation.sales", "structure.sales")) {
				IDocument document = document(openEditor(name));
				DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
				assertEquals(originals.get(name), document.get(), "one undo restores " + name);
			}
		} finally {
			Ui.page().hideView(view);
		}
	}

	private SalesEngineEditor openEditor(String name) {
		for (IEditorReference reference : Ui.page().getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part instanceof SalesEngineEditor editor && editor.model() != null && editor.model().file().getName().equals(name)) {
				return editor;
			}
		}
		return null;
	}

	/** The text with every whole word {@code old} outside strings and comments written {@code now}. */
	private static String renamedWord(String text, String old, String now) {
		StringBuilder expected = new StringBuilder();
		Matcher words = Pattern.compile("\"[^\"]*\"|//[^\n]*|\\b" + old + "\\b").matcher(text);
		while (words.find()) {
			String found = words.group();
			words.appendReplacement(expected, found.equals(old) ? now : Matcher.quoteReplacement(found));
		}
		words.appendTail(expected);
		return expected.toString();
	}

	private static IDocument document(SalesEngineEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
