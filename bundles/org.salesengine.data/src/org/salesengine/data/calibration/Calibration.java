package org.salesengine.data.calibration;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.data.columns.Header;
import org.salesengine.data.crm.Opportunity;
import org.salesengine.data.crm.OpportunityReader;
import org.salesengine.data.sheet.SheetProblem;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.engine.WholeEngine;

/**
 * The design set against a CRM export, process by process. Each opportunity goes to one process: the one its
 * process, pipeline or type column names (by name or display name); else the one for its segment; else the one whose
 * stages know its stage; else, in an engine with one process, that one. The others are counted as unmatched.
 */
public final class Calibration {
	/** One process's observations, with its figures. */
	public record ProcessResult(SalesProcess process, int opportunities, int won, int lost, int open, int lostAtUnknownStage,
			List<Figure> figures) {
	}

	/** Everything a calibration saw. {@code since} is null when every opportunity counts. */
	public record Result(WholeEngine engine, String export, LocalDate since, int rows, int skipped, int beforeSince,
			int unmatched, List<String> problems, List<ProcessResult> processes) {
	}

	private Calibration() {
	}

	public static Result run(WholeEngine engine, Path export, Map<String, String> mapping, LocalDate since) throws SheetProblem {
		Map<SalesProcess, ProcessObservations> observations = new LinkedHashMap<>();
		for (SalesProcess process : engine.processes()) {
			observations.put(process, new ProcessObservations(process, mapping));
		}
		int[] beforeSince = { 0 };
		int[] unmatched = { 0 };
		OpportunityReader.Summary summary = new OpportunityReader(mapping).read(export, opportunity -> {
			if (since != null && opportunity.created().isBefore(since)) {
				beforeSince[0]++;
				return;
			}
			ProcessObservations process = processOf(opportunity, observations);
			if (process == null) {
				unmatched[0]++;
			} else {
				process.add(opportunity);
			}
		});
		List<ProcessResult> results = new ArrayList<>();
		for (ProcessObservations process : observations.values()) {
			results.add(new ProcessResult(process.process, process.opportunities, process.won, process.lost, process.open,
					process.lostAtUnknownStage, process.figures()));
		}
		return new Result(engine, export.toString(), since, summary.rows(), summary.skipped(), beforeSince[0], unmatched[0],
				summary.problems(), results);
	}

	private static ProcessObservations processOf(Opportunity opportunity, Map<SalesProcess, ProcessObservations> observations) {
		if (!opportunity.process().isEmpty()) {
			String named = Header.normal(opportunity.process());
			for (SalesProcess process : observations.keySet()) {
				if (named.equals(Header.normal(process.getName()))
						|| process.getDisplayName() != null && named.equals(Header.normal(process.getDisplayName()))) {
					return observations.get(process);
				}
			}
		}
		if (!opportunity.segment().isEmpty()) {
			ProcessObservations only = only(observations, process -> process.getSegments().stream().anyMatch(s -> names(s, opportunity.segment())));
			if (only != null) {
				return only;
			}
		}
		String stage = !opportunity.stage().isEmpty() ? opportunity.stage()
				: !opportunity.history().isEmpty() ? opportunity.history().get(0).stage() : opportunity.stageReached();
		if (!stage.isEmpty()) {
			ProcessObservations only = only(observations, process -> observations.get(process).knowsStage(stage));
			if (only != null) {
				return only;
			}
		}
		return observations.size() == 1 ? observations.values().iterator().next() : null;
	}

	private static ProcessObservations only(Map<SalesProcess, ProcessObservations> observations, java.util.function.Predicate<SalesProcess> test) {
		List<SalesProcess> matching = observations.keySet().stream().filter(test).toList();
		return matching.size() == 1 ? observations.get(matching.get(0)) : null;
	}

	private static boolean names(Segment segment, String text) {
		String named = Header.normal(text);
		return named.equals(Header.normal(segment.getName()))
				|| segment.getDisplayName() != null && named.equals(Header.normal(segment.getDisplayName()));
	}
}
