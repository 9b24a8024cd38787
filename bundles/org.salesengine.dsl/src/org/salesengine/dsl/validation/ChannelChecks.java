package org.salesengine.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Channel;
import org.salesengine.model.Kpi;
import org.salesengine.model.engine.WholeEngine;

/**
 * Channels (distributors, resellers, partners): someone manages each, a KPI measures it ({@code channel NAME} in the
 * KPI) and a ritual reviews one of those KPIs.
 */
public class ChannelChecks extends RuleChecks {

	@Check
	public void unmanagedChannel(Channel channel) {
		if (channel.getManagedBy().isEmpty()) {
			report(Rule.UNMANAGED_CHANNEL, "channel " + name(channel)
					+ " is managed by no role: nobody plans, enables or forecasts it", channel, MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void unmeasuredChannel(Channel channel) {
		if (measuring(channel).isEmpty()) {
			report(Rule.UNMEASURED_CHANNEL, "channel " + name(channel) + " is measured by no KPI (give a KPI 'channel "
					+ channel.getName() + "')", channel, MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void unreviewedChannel(Channel channel) {
		List<Kpi> kpis = measuring(channel);
		WholeEngine engine = wholeEngine(channel);
		if (!kpis.isEmpty() && kpis.stream().allMatch(k -> engine.ritualsReviewing(k).isEmpty())) {
			report(Rule.UNREVIEWED_CHANNEL, "channel " + name(channel) + ": no ritual reviews "
					+ kpis.stream().map(RuleChecks::name).collect(Collectors.joining(", ")) + ", the KPIs that measure it",
					channel, MODEL.getNamedElement_Name());
		}
	}

	private List<Kpi> measuring(Channel channel) {
		return wholeEngine(channel).kpis().stream().filter(k -> k.getChannel() == channel).toList();
	}
}
