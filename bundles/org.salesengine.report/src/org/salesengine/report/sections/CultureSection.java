package org.salesengine.report.sections;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesengine.model.Behavior;
import org.salesengine.model.Cadence;
import org.salesengine.model.Kpi;
import org.salesengine.model.Ritual;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.report.ReportInput;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.HtmlTable;

/**
 * Chapter 4: each behavior with what carries it (the KPIs that indicate it, the rituals that reinforce it, and the
 * rituals where those KPIs are reviewed), then the rituals grouped by cadence, most frequent first.
 */
public final class CultureSection {
	private CultureSection() {
	}

	public static void write(Html out, ReportInput input) {
		WholeEngine engine = input.engine();
		out.heading(3, "behaviors", "Behaviors and what carries them");
		HtmlTable behaviors = new HtmlTable(null, "behavior", "expected of", "during", "indicator KPIs", "reinforced by",
				"indicators reviewed in");
		for (Behavior behavior : engine.behaviors()) {
			Set<Ritual> reviewing = new LinkedHashSet<>();
			for (Kpi kpi : behavior.getIndicators()) {
				if (WholeEngine.resolved(kpi)) {
					reviewing.addAll(engine.ritualsReviewing(kpi));
				}
			}
			behaviors.row(Names.described(behavior), Names.list(behavior.getExpectedOf()), Names.list(behavior.getDuring()),
					Names.list(behavior.getIndicators()), Names.list(behavior.getReinforcedBy()), Names.list(reviewing));
		}
		StrategyStructureSection.writeOrSay(out, behaviors, "The engine declares no behavior.");

		out.heading(3, "rituals", "Rituals by cadence");
		List<Cadence> cadences = new ArrayList<>(List.of(Cadence.VALUES.toArray(Cadence[]::new)));
		boolean any = false;
		for (Cadence cadence : cadences) {
			List<Ritual> rituals = engine.rituals().stream().filter(r -> r.isSetCadence() && r.getCadence() == cadence).toList();
			any |= table(out, cadence.getLiteral(), rituals);
		}
		any |= table(out, "no cadence given", engine.rituals().stream().filter(r -> !r.isSetCadence()).toList());
		if (!any) {
			out.element("p", "muted", "The engine declares no ritual.");
		}
	}

	private static boolean table(Html out, String cadence, List<Ritual> rituals) {
		if (rituals.isEmpty()) {
			return false;
		}
		HtmlTable table = new HtmlTable(Character.toUpperCase(cadence.charAt(0)) + cadence.substring(1), "ritual", "led by",
				"attended by", "reviews");
		for (Ritual ritual : rituals) {
			table.row(Names.described(ritual), Names.list(ritual.getLedBy()),
					Names.list(ritual.getAttendedBy()), Names.list(ritual.getReviews()));
		}
		table.write(out);
		return true;
	}
}
