package org.salesengine.analysis.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisNote.Topic;
import org.salesengine.analysis.ElementNames;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.FunnelSizing;
import org.salesengine.model.engine.WholeEngine;

/**
 * Presents the funnel back-solve of {@link FunnelSizing} (the math the validator's funnel rules use too): one
 * {@link Funnel} per sized process, a note for each process that is not sized and for each stage without a duration.
 */
public final class FunnelBackSolve {
	/** A month in a stage duration counts 30 days. */
	public static final int DAYS_PER_MONTH = FunnelSizing.DAYS_PER_MONTH;

	private FunnelBackSolve() {
	}

	public static List<Funnel> of(WholeEngine engine, Consumer<AnalysisNote> notes) {
		return of(FunnelSizing.of(engine), notes);
	}

	public static List<Funnel> of(List<FunnelSizing> sizings, Consumer<AnalysisNote> notes) {
		List<Funnel> funnels = new ArrayList<>();
		for (FunnelSizing sizing : sizings) {
			String id = ElementIds.of(sizing.process());
			if (!sizing.sized()) {
				notes.accept(new AnalysisNote(Topic.FUNNEL, id, sizing.unsized()));
				continue;
			}
			List<StageNeed> stages = new ArrayList<>();
			for (FunnelSizing.StageVolume volume : sizing.stages()) {
				String owner = WholeEngine.resolved(volume.stage().getOwner()) ? volume.stage().getOwner().getName() : null;
				stages.add(new StageNeed(ElementIds.of(volume.stage()), owner, volume.conversion(), volume.durationDays(),
						volume.neededAtEntry(), volume.neededAtExit()));
			}
			stages.stream().filter(s -> s.durationDays() == null).findFirst()
					.ifPresent(s -> notes.accept(new AnalysisNote(Topic.FUNNEL, s.stage(), "process "
							+ sizing.process().getName() + ": no cycle time, stage " + ElementNames.last(s.stage())
							+ " has no duration")));
			funnels.add(new Funnel(id, sizing.kpi().getName(), sizing.kpi().getUnit().getLiteral(), sizing.kpiTarget(),
					sizing.averageDeal(), sizing.dealsNeeded(), stages, sizing.winRate(), sizing.cycleDays()));
		}
		return List.copyOf(funnels);
	}
}
