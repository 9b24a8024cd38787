package org.salesengine.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.salesengine.edit.Breakage;
import org.salesengine.edit.LinkType;
import org.salesengine.ui.diagram.palette.EditPrompts;

/** The answers a test gives in place of the edit dialogs, and what it was asked. */
final class FakePrompts implements EditPrompts {
	boolean deleteAnyway;
	LinkType link;
	String weight;
	final List<String> asked = new ArrayList<>();
	List<Breakage> breakages = List.of();
	List<LinkType> offered = List.of();

	@Override
	public boolean confirmDeletion(Shell shell, String why, List<Breakage> shown) {
		asked.add("delete? " + why);
		breakages = shown;
		return deleteAnyway;
	}

	@Override
	public LinkType chooseLink(Shell shell, String source, String target, List<LinkType> choices) {
		asked.add("link " + source + " to " + target + "?");
		offered = choices;
		return link;
	}

	@Override
	public String weight(Shell shell, String plan, String kpi) {
		asked.add("weight of " + kpi + " in " + plan + "?");
		return weight;
	}
}
