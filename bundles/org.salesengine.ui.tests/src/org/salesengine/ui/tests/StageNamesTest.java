package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.ui.editor.ContentAssist;
import org.salesengine.ui.editor.EngineTextHover;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * Two processes with a stage Lead each: content assist offers Process.Stage only where the plain name is ambiguous,
 * and go-to-definition and hover follow a qualified name to its own process's stage.
 */
class StageNamesTest {
	private static final String ENGINE = """
			engine Two {
			  structure {
			    process NewBusiness {
			      stage Lead { conversion 40% }
			      stage Pitch
			      won ClosedWon
			      lost ClosedLost
			    }
			    process Renewal {
			      stage Lead { conversion 90% }
			      won ClosedWon
			      lost ClosedLost
			    }
			  }
			  culture {
			    behavior Follow { during Pitch, NewBusiness.Lead, Renewal.Lead }
			  }
			}
			""";

	private IProject project;
	private SalesEngineEditor editor;

	@BeforeEach
	void open() throws Exception {
		project = Ui.project("StageNamesTest", "two.sales", ENGINE);
		editor = Ui.open(project.getFile("two.sales"));
	}

	@AfterEach
	void close() throws Exception {
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void contentAssistOffersQualifiedNamesOnlyWhereThePlainNameIsAmbiguous() {
		String text = ENGINE.replace("during Pitch, NewBusiness.Lead, Renewal.Lead", "during ");
		int offset = text.indexOf("during ") + "during ".length();
		List<String> proposals = new ContentAssist(editor.model()).proposals(text, offset).stream()
				.map(ContentAssistEntry::getProposal).filter(p -> p.contains("Lead") || p.contains("Pitch")).sorted().toList();
		assertEquals(List.of("NewBusiness.Lead", "Pitch", "Renewal.Lead"), proposals);
	}

	@Test
	void goToDefinitionOfAQualifiedStageSelectsThatProcesssStage() {
		String text = document().get();
		IHyperlink link = linkAt(text.indexOf("Renewal.Lead") + "Renewal.".length() + 1);
		assertNotNull(link);
		link.open();
		Ui.settle();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(text.indexOf("stage Lead { conversion 90%") + "stage ".length(), selection.getOffset());
		assertEquals("Lead", selection.getText());
	}

	@Test
	void hoverOnAQualifiedStageDescribesThatProcesssStage() {
		String text = document().get();
		int offset = text.indexOf("NewBusiness.Lead") + 2;
		String hover = new EngineTextHover(editor.model()).getHoverInfo(editor.viewer(), new Region(offset, 0));
		assertNotNull(hover);
		assertEquals(true, hover.contains("stage Lead") && hover.contains("conversion 40%"), hover);
	}

	private IHyperlink linkAt(int offset) {
		for (IHyperlinkDetector detector : editor.getSourceViewerConfigurationForTests().getHyperlinkDetectors(editor.viewer())) {
			IHyperlink[] links = detector.detectHyperlinks(editor.viewer(), new Region(offset, 0), false);
			if (links != null && links.length > 0) {
				return links[0];
			}
		}
		return null;
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
