package org.salesengine.model.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.Engine;
import org.salesengine.model.Expression;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Outcome;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;

/**
 * The named elements of an engine's text and the names they are known by: what the duplicate-name check, a view's
 * focus on the command line and the workbench look names up in.
 */
public final class NamedElements {
	private NamedElements() {
	}

	/** Every element of the fragment that has a name (views included), in text order; formulas hold none. */
	public static List<NamedElement> of(Engine fragment) {
		List<NamedElement> result = new ArrayList<>();
		for (TreeIterator<EObject> it = fragment.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Expression) {
				it.prune();
			} else if (element instanceof NamedElement named && named.getName() != null) {
				result.add(named);
			}
		}
		return result;
	}

	/** Stages and outcomes are named within their process (Process.Stage), everything else within the engine. */
	public static String scopedName(NamedElement element) {
		if ((element instanceof Stage || element instanceof Outcome) && element.eContainer() instanceof SalesProcess process) {
			return process.getName() + "." + element.getName();
		}
		return element.getName();
	}
}
