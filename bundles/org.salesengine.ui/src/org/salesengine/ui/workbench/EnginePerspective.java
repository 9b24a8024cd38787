package org.salesengine.ui.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Navigator left, editor in the middle, outline and diagram right, problems and engine health below. */
public class EnginePerspective implements IPerspectiveFactory {
	public static final String DIAGRAM_VIEW = "org.salesengine.ui.diagram";
	public static final String HEALTH_VIEW = "org.salesengine.ui.health";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.16f, editors);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.42f, editors);
		right.addView(DIAGRAM_VIEW);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(HEALTH_VIEW);
		layout.addNewWizardShortcut("org.salesengine.ui.newEngine");
		layout.addShowViewShortcut(DIAGRAM_VIEW);
		layout.addShowViewShortcut(HEALTH_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
	}
}
