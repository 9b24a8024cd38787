package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.Stage;
import org.salesengine.model.Team;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;

/** Roles, teams, segments and the stages of each process. */
public class StructureChecks extends RuleChecks {

	@Check
	public void conversionOutOfRange(Stage stage) {
		BigDecimal conversion = stage.getConversion();
		if (conversion != null && (conversion.signum() <= 0 || conversion.compareTo(BigDecimal.ONE) > 0)) {
			report(Rule.CONVERSION_OUT_OF_RANGE, "stage " + name(stage) + ": conversion " + Amounts.exactPercent(conversion)
					+ " must be above 0% and at most 100%", stage, MODEL.getStage_Conversion());
		}
	}

	@Check
	public void processWithoutOutcome(SalesProcess process) {
		List<String> missing = new ArrayList<>();
		if (process.getWon() == null) {
			missing.add("won");
		}
		if (process.getLost() == null) {
			missing.add("lost");
		}
		if (!missing.isEmpty()) {
			report(Rule.PROCESS_WITHOUT_OUTCOME, "process " + name(process) + " has no " + String.join(" and no ", missing)
					+ " outcome", process, MODEL.getNamedElement_Name(), String.join(",", missing));
		}
	}

	@Check
	public void processWithoutStages(SalesProcess process) {
		if (process.getStages().isEmpty()) {
			report(Rule.PROCESS_WITHOUT_STAGES, "process " + name(process) + " has no stages", process,
					MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void stageWithoutExit(Stage stage) {
		if (stage.getExitCriterion() == null || stage.getExitCriterion().isBlank()) {
			report(Rule.STAGE_WITHOUT_EXIT, "stage " + name(stage) + " has no exit criterion", stage,
					MODEL.getNamedElement_Name(), stage.getName());
		}
	}

	@Check
	public void stageWithoutOwner(Stage stage) {
		if (stage.getOwner() == null) {
			report(Rule.STAGE_WITHOUT_OWNER, "stage " + name(stage) + " has no owner role", stage,
					MODEL.getNamedElement_Name(), stage.getName());
		}
	}

	@Check
	public void ownerOutsideCoverage(Stage stage) {
		Role owner = stage.getOwner();
		if (!WholeEngine.resolved(owner) || !(stage.eContainer() instanceof SalesProcess process)) {
			return;
		}
		List<Segment> segments = process.getSegments().stream().filter(WholeEngine::resolved).toList();
		if (segments.isEmpty()) {
			return;
		}
		WholeEngine engine = wholeEngine(stage);
		Set<Team> ownerTeams = Collections.newSetFromMap(new IdentityHashMap<>());
		ownerTeams.addAll(engine.teamsOf(owner));
		for (Segment segment : segments) {
			for (Team team : engine.teamsCovering(segment)) {
				if (ownerTeams.contains(team)) {
					return;
				}
			}
		}
		String segmentNames = segments.stream().map(RuleChecks::name).collect(Collectors.joining(", "));
		report(Rule.OWNER_OUTSIDE_COVERAGE, "stage " + name(stage) + " is owned by role " + name(owner)
				+ ", which leads or belongs to no team covering " + segmentNames + " (the segment of process " + name(process) + ")",
				stage, MODEL.getStage_Owner());
	}

	@Check
	public void reportingCycle(Role role) {
		List<Role> chain = new ArrayList<>();
		Set<Role> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Role current = role.getReportsTo(); WholeEngine.resolved(current) && seen.add(current); current = current.getReportsTo()) {
			chain.add(current);
			if (current == role) {
				String path = name(role) + " → " + chain.stream().map(RuleChecks::name).collect(Collectors.joining(" → "));
				report(Rule.REPORTING_CYCLE, "role " + name(role) + " reports to itself: " + shorten(path), role,
						MODEL.getRole_ReportsTo());
				return;
			}
		}
	}

	@Check
	public void uncoveredSegment(Segment segment) {
		if (wholeEngine(segment).teamsCovering(segment).isEmpty()) {
			report(Rule.UNCOVERED_SEGMENT, "segment " + name(segment) + " is covered by no team", segment,
					MODEL.getNamedElement_Name());
		}
	}

	static String shorten(String path) {
		String[] steps = path.split(" → ");
		if (steps.length <= 8) {
			return path;
		}
		return String.join(" → ", List.of(steps).subList(0, 4)) + " → … → " + steps[steps.length - 2] + " → "
				+ steps[steps.length - 1] + " (" + (steps.length - 1) + " steps)";
	}
}
