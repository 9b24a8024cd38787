package org.salesengine.ui.diagram.palette;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.salesengine.edit.Breakage;
import org.salesengine.edit.LinkType;

/**
 * What an edit asks the user: whether to delete although references break, which link to draw when several fit, a
 * measure's weight. Dialogs by default; tests (and automation) put answers of their own in
 * ({@link Palette#usePrompts}).
 */
public interface EditPrompts {

	/** True to delete anyway: {@code why} is the refusal, {@code breakages} what forcing the deletion removes. */
	boolean confirmDeletion(Shell shell, String why, List<Breakage> breakages);

	/** The link to draw between the two elements, one of {@code offered} (two or more), or null for none. */
	LinkType chooseLink(Shell shell, String source, String target, List<LinkType> offered);

	/** The weight of a new measure as the language writes it (40%), or null to cancel. */
	String weight(Shell shell, String plan, String kpi);

	EditPrompts DIALOGS = new EditPrompts() {
		@Override
		public boolean confirmDeletion(Shell shell, String why, List<Breakage> breakages) {
			String list = breakages.stream().map(b -> "  " + b.describe()).collect(Collectors.joining("\n"));
			return new MessageDialog(shell, "Delete", null, why + "\n\n" + list + "\n\nDelete it and remove these references too?",
					MessageDialog.WARNING, 1, "Delete anyway", IDialogConstants.CANCEL_LABEL).open() == 0;
		}

		@Override
		public LinkType chooseLink(Shell shell, String source, String target, List<LinkType> offered) {
			String[] labels = offered.stream().map(LinkType::word).toArray(String[]::new);
			int choice = new MessageDialog(shell, "Connect", null, "Which link goes from " + source + " to " + target + "?",
					MessageDialog.QUESTION, 0, labels).open();
			return choice < 0 || choice >= offered.size() ? null : offered.get(choice);
		}

		@Override
		public String weight(Shell shell, String plan, String kpi) {
			InputDialog dialog = new InputDialog(shell, "Measure", "Weight of " + kpi + " in " + plan + " (for example 20%; empty for none)", "",
					null);
			if (dialog.open() != Window.OK) {
				return null;
			}
			return dialog.getValue().trim();
		}
	};
}
