package org.salesengine.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.TextRegion;
import org.salesengine.ui.SalesEngineUi;

/** Go to definition: Ctrl+click (or F3) on a reference opens the element it names, in whichever file declares it. */
final class DefinitionHyperlinks extends AbstractHyperlinkDetector {
	private final SalesEngineEditor editor;

	DefinitionHyperlinks(SalesEngineEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
		IHyperlink link = editor.model() == null ? null : editor.model().read(snapshot -> {
			EObjectAtOffsetHelper helper = new EObjectAtOffsetHelper();
			INode node = helper.getCrossReferenceNode(snapshot.resource(), new TextRegion(region.getOffset(), 0));
			if (node == null) {
				return null;
			}
			EObject target = helper.getCrossReferencedElement(node);
			if (target == null || target.eIsProxy()) {
				return null;
			}
			int[] range = ElementText.nameRange(target);
			URI uri = target.eResource().getURI();
			return range == null ? null : new Link(new Region(node.getOffset(), node.getLength()), uri, range, ElementText.label(target));
		});
		return link == null ? null : new IHyperlink[] { link };
	}

	/** Opens the editor on the declaring file and selects the element's name. */
	record Link(IRegion getHyperlinkRegion, URI uri, int[] range, String label) implements IHyperlink {
		@Override
		public String getTypeLabel() {
			return "Open declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open " + label;
		}

		@Override
		public void open() {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			if (!uri.isPlatformResource()) {
				return;
			}
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
			try {
				if (IDE.openEditor(page, file, SalesEngineUi.EDITOR_ID) instanceof SalesEngineEditor target) {
					target.selectAndReveal(range[0], range[1]);
				}
			} catch (PartInitException e) {
				SalesEngineUi.log("cannot open " + file, e);
			}
		}
	}
}
