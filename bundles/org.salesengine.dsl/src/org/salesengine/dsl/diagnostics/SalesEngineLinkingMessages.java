package org.salesengine.dsl.diagnostics;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.salesengine.dsl.scoping.StageScope;
import org.salesengine.dsl.validation.IssueCodes;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.engine.ElementKinds;

import com.google.inject.Inject;

/**
 * "unknown role 'Manger' (did you mean 'Manager'?)": names the kind that was expected and the closest name in scope.
 * The issue data carries the suggestion, for a quick fix.
 */
public class SalesEngineLinkingMessages extends LinkingDiagnosticMessageProvider {
	/** Beyond this many candidates the suggestion is skipped: it would cost more than it helps. */
	private static final int MAX_CANDIDATES = 2_000;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		// Text the parser skipped may hold the element a name refers to (a file cut short loses every element after the
		// cut): while the file has a syntax error, a name that links to nothing is not reported.
		if (context.getContext().eResource() instanceof XtextResource resource && resource.getParseResult() != null
				&& resource.getParseResult().hasSyntaxErrors()) {
			return null;
		}
		EClass type = context.getReference().getEReferenceType();
		String name = SalesEngineSyntaxErrorMessages.printable(context.getLinkText(), 60);
		List<String> candidates = ambiguousStage(context);
		if (!candidates.isEmpty()) {
			return new DiagnosticMessage("stage '" + name + "' is ambiguous: write " + String.join(" or ", candidates), Severity.ERROR,
					IssueCodes.UNRESOLVED_REFERENCE, candidates.toArray(String[]::new));
		}
		if (context.getReference() == SalesEnginePackage.Literals.SCENARIO_OVERRIDE__TARGET) {
			return unknownScenarioElement(context, name);
		}
		String suggestion = closestName(context);
		String message = "unknown " + ElementKinds.of(type) + " '" + name + "'"
				+ (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)");
		return suggestion == null
				? new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE)
				: new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, suggestion);
	}

	/** A scenario's element: any name of the engine, so the suggestion is any of them, dotted names included. */
	private DiagnosticMessage unknownScenarioElement(ILinkingDiagnosticContext context, String name) {
		List<String> names = new java.util.ArrayList<>();
		try {
			for (IEObjectDescription candidate : scopeProvider.getScope(context.getContext(), context.getReference()).getAllElements()) {
				names.add(candidate.getName().toString());
			}
		} catch (RuntimeException e) {
			names.clear();
		}
		String message = "unknown element '" + name + "' in a scenario's set: expected a name of the engine, a stage as"
				+ " Process.Stage or a measure as Plan.Kpi" + Similarity.didYouMean(context.getLinkText(), names);
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNKNOWN_SCENARIO_PATH);
	}

	/** The qualified names a plain stage name could mean, when two processes have a stage of that name. */
	private List<String> ambiguousStage(ILinkingDiagnosticContext context) {
		String wanted = context.getLinkText();
		boolean stageOrAny = context.getReference().getEReferenceType() == SalesEnginePackage.Literals.STAGE
				|| context.getReference() == SalesEnginePackage.Literals.VIEW__FOCUS;
		if (wanted == null || wanted.contains(".") || !stageOrAny) {
			return List.of();
		}
		try {
			return scopeProvider.getScope(context.getContext(), context.getReference()) instanceof StageScope stages
					? stages.ambiguous(wanted) : List.of();
		} catch (RuntimeException e) {
			return List.of();
		}
	}

	private String closestName(ILinkingDiagnosticContext context) {
		String wanted = context.getLinkText();
		if (wanted == null || wanted.isEmpty() || wanted.length() > 60) {
			return null;
		}
		IScope scope;
		try {
			scope = scopeProvider.getScope(context.getContext(), context.getReference());
		} catch (RuntimeException e) {
			return null;
		}
		String best = null;
		int bestDistance = Math.max(2, wanted.length() / 3) + 1;
		int seen = 0;
		for (IEObjectDescription candidate : scope.getAllElements()) {
			if (++seen > MAX_CANDIDATES) {
				break;
			}
			if (candidate.getName().getSegmentCount() != 1) {
				continue;
			}
			String name = candidate.getName().getLastSegment();
			int distance = Similarity.editDistance(wanted.toLowerCase(), name.toLowerCase(), bestDistance);
			if (distance < bestDistance) {
				best = name;
				bestDistance = distance;
			}
		}
		return best;
	}
}
