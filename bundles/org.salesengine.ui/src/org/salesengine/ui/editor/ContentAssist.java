package org.salesengine.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.salesengine.ui.SalesEngineUi;

import com.google.inject.Injector;

/**
 * Content assist through Xtext's UI-independent proposal provider, the one its language server uses: keywords the
 * grammar allows at the caret and the names in scope for a reference (after "supports ", the engine's objectives).
 */
public final class ContentAssist implements IContentAssistProcessor {
	private final EngineDocumentModel model;
	private String error;

	public ContentAssist(EngineDocumentModel model) {
		this.model = model;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		List<ContentAssistEntry> entries = proposals(viewer.getDocument().get(), offset);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : entries) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String text = entry.getProposal();
			String label = entry.getLabel() != null ? entry.getLabel() : text;
			String description = entry.getDescription() == null ? label : label + " – " + entry.getDescription();
			proposals.add(new CompletionProposal(text, offset - prefix.length(), prefix.length(), text.length(), null,
					description, null, null));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The proposals Xtext computes for this text and caret, in its priority order; public for tests. */
	public List<ContentAssistEntry> proposals(String text, int offset) {
		error = null;
		Injector injector = SalesEngineUi.get().injector();
		XtextResource resource = model.parseDetached(text);
		try {
			ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
			factory.setPool(injector.getInstance(ExecutorService.class));
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
			IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
			injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
			List<ContentAssistEntry> entries = new ArrayList<>();
			acceptor.getEntries().forEach(entries::add);
			return entries;
		} catch (RuntimeException e) {
			error = "content assist failed: " + e.getMessage();
			return List.of();
		} finally {
			model.dispose(resource);
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
