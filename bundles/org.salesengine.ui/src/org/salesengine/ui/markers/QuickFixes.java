package org.salesengine.ui.markers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.salesengine.dsl.validation.IssueCodes;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Plan;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.Amounts;
import org.salesengine.ui.SalesEngineUi;

/**
 * Quick fixes for the rules that have a mechanical fix, in the spirit of Xtext's @Fix: each reads the issue data
 * the check attached to the marker and edits the document (the open editor's, when there is one).
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {
	private static final SalesEnginePackage MODEL = SalesEnginePackage.eINSTANCE;

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String code = marker.getAttribute(Markers.CODE, "");
		String[] data = Markers.data(marker);
		List<IMarkerResolution> fixes = new ArrayList<>();
		switch (code) {
			case IssueCodes.UNRESOLVED_REFERENCE -> {
				if (data.length > 0) {
					fixes.add(fix("Change to '" + data[0] + "'", m -> doc -> replaceMarkedText(m, doc, data[0])));
				}
			}
			case IssueCodes.STAGE_WITHOUT_EXIT -> fixes.add(fix("Add an exit criterion", m -> doc -> edit(m, doc, Stage.class,
					stage -> insertProperty(stage, "exit \"TODO: what must be true to leave this stage\""))));
			case IssueCodes.STAGE_WITHOUT_OWNER -> {
			}
			case IssueCodes.MIX_NOT_100 -> fixes.add(fix("Set the incentive share so the mix sums to 100",
					m -> doc -> edit(m, doc, Plan.class, plan -> replaceFeature(plan, MODEL.getPlan_MixIncentive(),
							Amounts.plain(BigDecimal.valueOf(100).subtract(plan.getMixBase()))))));
			case IssueCodes.PROCESS_WITHOUT_OUTCOME -> fixes.add(fix("Add the missing outcomes",
					m -> doc -> edit(m, doc, SalesProcess.class, QuickFixes::addOutcomes)));
			case IssueCodes.WEIGHTS_NOT_100 -> fixes.add(fix("Give the difference to the first measure's weight",
					m -> doc -> edit(m, doc, Plan.class, QuickFixes::balanceWeights)));
			case IssueCodes.MISPLACED_ELEMENT -> fixes.add(fix("Move it to the " + (data.length > 0 ? data[0] + " " : "") + "section",
					m -> doc -> edit(m, doc, NamedElement.class, element -> MoveToSection.of(element, doc.get()))));
			default -> {
			}
		}
		return fixes.toArray(IMarkerResolution[]::new);
	}

	/** A text change: offset, length to replace, new text. */
	record Edit(int offset, int length, String text) {
	}

	private static IMarkerResolution fix(String label, Function<IMarker, Function<IDocument, Edit>> change) {
		return new IMarkerResolution() {
			@Override
			public String getLabel() {
				return label;
			}

			@Override
			public void run(IMarker marker) {
				apply(marker, change.apply(marker));
			}
		};
	}

	/** Edits the file's document through the shared text buffer, so an open editor shows the change at once. */
	static void apply(IMarker marker, Function<IDocument, Edit> change) {
		IFile file = (IFile) marker.getResource();
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				boolean wasDirty = buffer.isDirty();
				IDocument document = buffer.getDocument();
				Edit edit = change.apply(document);
				if (edit != null) {
					document.replace(edit.offset(), edit.length(), edit.text());
					if (!wasDirty) {
						buffer.commit(null, true);
					}
				}
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			SalesEngineUi.log("quick fix failed on " + file, e);
		}
	}

	private static Edit replaceMarkedText(IMarker marker, IDocument document, String replacement) {
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		return start < 0 || end < start ? null : new Edit(start, end - start, replacement);
	}

	/** Parses the document, finds the element of the given type at the marker, and computes the edit on it. */
	private static <T extends EObject> Edit edit(IMarker marker, IDocument document, Class<T> type, Function<T, Edit> change) {
		XtextResourceSet resourceSet = SalesEngineUi.get().injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) SalesEngineUi.get().injector().getInstance(IResourceFactory.class)
				.createResource(URI.createURI("synthetic:/fix.sales"));
		resourceSet.getResources().add(resource);
		try {
			resource.reparse(document.get());
		} catch (java.io.IOException e) {
			return null;
		}
		int offset = marker.getAttribute(IMarker.CHAR_START, -1);
		INode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), Math.max(0, offset));
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		while (element != null && !type.isInstance(element)) {
			element = element.eContainer();
		}
		return element == null ? null : change.apply(type.cast(element));
	}

	/** Inserts "property" into the element's block, creating the block when the element has none. */
	static Edit insertProperty(EObject element, String property) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		for (org.eclipse.xtext.nodemodel.ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return new Edit(leaf.getEndOffset(), 0, " " + property);
			}
		}
		return new Edit(node.getEndOffset(), 0, " { " + property + " }");
	}

	static Edit replaceFeature(EObject element, EStructuralFeature feature, String text) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		INode node = nodes.get(nodes.size() - 1);
		return new Edit(node.getOffset(), node.getLength(), text);
	}

	static Edit addOutcomes(SalesProcess process) {
		String base = process.getName() == null ? "Deal" : process.getName();
		StringBuilder outcomes = new StringBuilder();
		if (process.getWon() == null) {
			outcomes.append("won ").append(base).append("Won");
		}
		if (process.getLost() == null) {
			outcomes.append(outcomes.length() == 0 ? "" : " ").append("lost ").append(base).append("Lost");
		}
		ICompositeNode node = NodeModelUtils.getNode(process);
		INode close = null;
		for (org.eclipse.xtext.nodemodel.ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "}".equals(leaf.getText())) {
				close = leaf;
			}
		}
		return close == null ? new Edit(node.getEndOffset(), 0, " { " + outcomes + " }")
				: new Edit(close.getOffset(), 0, outcomes + " ");
	}

	static Edit balanceWeights(Plan plan) {
		BigDecimal sum = plan.getMeasures().stream().map(Measure::getWeight).filter(w -> w != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		Measure first = plan.getMeasures().stream().filter(m -> m.getWeight() != null).findFirst().orElse(null);
		if (first == null) {
			return null;
		}
		BigDecimal weight = first.getWeight().add(BigDecimal.ONE.subtract(sum));
		return weight.signum() <= 0 ? null : replaceFeature(first, MODEL.getMeasure_Weight(), Amounts.exactPercent(weight));
	}
}
