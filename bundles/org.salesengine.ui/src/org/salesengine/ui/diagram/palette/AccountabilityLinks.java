package org.salesengine.ui.diagram.palette;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.edit.LinkType;
import org.salesengine.model.engine.WholeEngine;

/**
 * The links behind the accountability table's columns: each lists the elements that link to the row's role by one
 * link kind (a stage's owner, a behavior's expected of, a ritual's led by or attended by, a plan's for, a KPI's
 * owner), so a cell is edited by connecting or disconnecting those elements.
 */
final class AccountabilityLinks {
	/** A column: its link, and the elements that could be in it. */
	record Column(LinkType link, Function<WholeEngine, List<? extends EObject>> candidates) {
		List<? extends EObject> candidates(WholeEngine whole) {
			return candidates.apply(whole);
		}
	}

	private AccountabilityLinks() {
	}

	/** The column of that heading (as AccountabilityTable names them), or null for one that is no link (quota). */
	static Column of(String heading) {
		return switch (heading) {
			case "stages owned" -> new Column(LinkType.OWNER, whole -> whole.processes().stream().flatMap(p -> p.getStages().stream()).toList());
			case "behaviors expected" -> new Column(LinkType.EXPECTED_OF, WholeEngine::behaviors);
			case "rituals led" -> new Column(LinkType.LED_BY, WholeEngine::rituals);
			case "rituals attended" -> new Column(LinkType.ATTENDED_BY, WholeEngine::rituals);
			case "plans" -> new Column(LinkType.SERVES, WholeEngine::plans);
			case "KPIs owned" -> new Column(LinkType.OWNER, WholeEngine::kpis);
			default -> null;
		};
	}
}
