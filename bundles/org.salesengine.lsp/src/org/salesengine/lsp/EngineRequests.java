package org.salesengine.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.health.PillarScores;
import org.salesengine.analysis.json.AnalysisJson;
import org.salesengine.analysis.scenario.ScenarioCopies;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.scenario.Scenarios;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.view.Colouring;
import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.diagnostics.Similarity;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.Findings;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.model.Engine;
import org.salesengine.model.Scenario;
import org.salesengine.model.View;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.TableViews;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.table.scenario.ScenarioDrawing;
import org.salesengine.table.scenario.TableScenarios;

import com.google.inject.Inject;

/**
 * The server's own requests, beside LSP's, each about the engine a file belongs to (all its files):
 * {@code salesengine/diagram} draws a diagram or a saved view as SVG (the picture of {@code salesengine render
 * --format svg}), {@code salesengine/analysis} answers the analysis JSON ({@code salesengine analyze --format json}),
 * {@code salesengine/table} one table's rows ({@link TableRows}); the notification {@code salesengine/diagramChanged}
 * follows each build.
 */
@JsonSegment("salesengine")
public class EngineRequests implements ILanguageServerExtension {

	/**
	 * {@code {uri, diagram}} (engine, pipeline, kpis or pay; engine when neither is given) or {@code {uri, view}}; with
	 * {@code scenario}, that scenario of the engine, its changes marked (as {@code render --scenario}).
	 */
	public static final class DiagramParams {
		public String uri;
		public String diagram;
		public String view;
		public String scenario;
	}

	/** {@code {uri}}. */
	public static final class AnalysisParams {
		public String uri;
	}

	/**
	 * {@code {uri, table}}: alignment, kpi-governance, accountability, roles, kpi-table or stages; with
	 * {@code scenario}, that scenario's table, its changed cells listed ({@code table --scenario}).
	 */
	public static final class TableParams {
		public String uri;
		public String table;
		public String scenario;
	}

	@Inject
	private EngineFragments fragments;

	@Inject
	private IResourceValidator validator;

	@Inject
	private ScenarioCopies scenarios;

	private ILanguageServerAccess access;

	/** {@code salesengine/diagramChanged}'s parameter: the files whose engines were rebuilt. */
	public static final class DiagramChanged {
		public List<String> uris;
	}

	@Override
	public void initialize(ILanguageServerAccess access) {
		this.access = access;
		// After each build, the files it changed: a client showing the diagram of one of their engines redraws it.
		access.addBuildListener(deltas -> {
			DiagramChanged changed = new DiagramChanged();
			changed.uris = deltas.stream().filter(delta -> delta.getNew() != null).map(delta -> delta.getUri().toString())
					.distinct().toList();
			if (!changed.uris.isEmpty() && access.getLanguageClient() instanceof Endpoint client) {
				client.notify("salesengine/diagramChanged", changed);
			}
		});
	}

	@JsonRequest
	public CompletableFuture<String> diagram(DiagramParams params) {
		if (params.view != null && params.diagram != null) {
			return invalid("salesengine/diagram takes {uri, diagram} or {uri, view}, not both");
		}
		if (params.view != null) {
			return read(params.uri, params.scenario, (engine, findings, marks) -> view(engine, findings, params.view, marks));
		}
		DiagramKind kind = params.diagram == null ? DiagramKind.ENGINE : DiagramKind.byCliName(params.diagram);
		if (kind == null) {
			return invalid("salesengine/diagram: diagram is " + String.join(", ", ViewWords.DIAGRAMS) + ", not '" + params.diagram + "'");
		}
		return read(params.uri, params.scenario, (engine, findings, marks) -> marks == null ? SvgWriter.write(Diagrams.build(kind, engine, findings))
				: SvgWriter.write(Diagrams.build(kind, engine, findings, StageVolumes.NONE, ViewSettings.NONE.withRepresentation(kind.cliName()),
						Map.of(), null, marks)));
	}

	/**
	 * A saved view of the engine, drawn as its representation says: a diagram, or a table drawn as SVG. Coloured by
	 * health, boxes get the analysis's pillar scores, as {@code render} colours them.
	 */
	private static String view(WholeEngine engine, List<Finding> findings, String name, ScenarioMarks marks) {
		View saved = engine.views().stream().filter(v -> name.equals(v.getName())).findFirst().orElse(null);
		if (saved == null) {
			List<String> names = engine.views().stream().map(View::getName).toList();
			throw error("engine " + engine.name() + " has no view '" + name + "'"
					+ (names.isEmpty() ? "; it has no views section" : "; its views are " + String.join(", ", names)));
		}
		ViewSettings settings = ViewSettings.of(saved);
		String representation = settings.representation();
		if (ViewWords.isTable(representation)) {
			Table table = TableViews.build(TableKind.byCliName(representation).orElseThrow(), engine, findings, settings);
			return TableDrawing.svg(marks == null ? table : TableScenarios.mark(table, marks));
		}
		Map<EnginePillar, Integer> health = Colouring.HEALTH.equals(settings.colorBy())
				? EnginePillar.byHealthOrder(PillarScores.of(engine, findings))
				: Map.of();
		return SvgWriter.write(Diagrams.build(DiagramKind.byCliName(representation), engine, findings, StageVolumes.NONE, settings, health,
				null, marks));
	}

	@JsonRequest
	public CompletableFuture<JsonDocument> analysis(AnalysisParams params) {
		return read(params.uri, (engine, findings) -> new JsonDocument(AnalysisJson.document(
				List.of(EngineAnalysis.analyze(engine, findings, AnalysisOptions.DEFAULT)), List.of(findings), List.of())));
	}

	@JsonRequest
	public CompletableFuture<JsonDocument> table(TableParams params) {
		Optional<TableKind> kind = params.table == null ? Optional.empty() : TableKind.byCliName(params.table);
		if (kind.isEmpty()) {
			return invalid("salesengine/table: table is " + String.join(", ", TableKind.cliNames()) + ", not '" + params.table + "'");
		}
		return read(params.uri, params.scenario, (engine, findings, marks) -> {
			Table table = Tables.build(kind.get(), engine, findings);
			return new JsonDocument(TableRows.json(marks == null ? table : TableScenarios.mark(table, marks)));
		});
	}

	/** What a request computes from the engine and the findings on its files. */
	private interface EngineQuery<T> {
		T answer(WholeEngine engine, List<Finding> findings);
	}

	/** What a request computes from the engine (or a scenario's copy), its findings, and the scenario's marks (or null). */
	private interface ScenarioQuery<T> {
		T answer(WholeEngine engine, List<Finding> findings, ScenarioMarks marks);
	}

	/**
	 * Runs a query on the engine of {@code uri}, or with a scenario name on that scenario applied to a copy of it
	 * ({@code base}: the engine as written, marked as a scenario that changes nothing, as {@code render} does).
	 */
	private <T> CompletableFuture<T> read(String uri, String scenario, ScenarioQuery<T> query) {
		if (scenario == null) {
			return read(uri, (engine, findings) -> query.answer(engine, findings, null));
		}
		return read(uri, (engine, findings) -> {
			ScenarioEngine run;
			if (ScenarioEngine.BASE.equals(scenario)) {
				run = ScenarioCopies.base(engine, findings);
			} else {
				Scenario chosen = ScenarioCopies.find(engine, scenario);
				if (chosen == null) {
					List<String> names = Scenarios.names(engine);
					throw error("engine " + engine.name() + " has no scenario '" + scenario + "'" + Similarity.didYouMean(scenario, names)
							+ "; its scenarios are " + String.join(", ", names));
				}
				run = scenarios.apply(engine, findings, chosen, resource -> file(resource.getURI()));
			}
			return query.answer(run.engine(), run.findings(), ScenarioDrawing.marks(run));
		});
	}

	/** Runs a query on the engine of {@code uri} with the server's current text of every file. */
	private <T> CompletableFuture<T> read(String uri, EngineQuery<T> query) {
		if (uri == null) {
			return invalid("the request needs the uri of a .sales file");
		}
		return access.doRead(uri, context -> {
			Resource resource = context.getResource();
			if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Engine fragment)) {
				throw error(uri + " holds no engine");
			}
			WholeEngine engine = fragments.wholeEngineOf(fragment);
			return query.answer(engine, findings(engine, context.getCancelChecker()));
		});
	}

	private static <T> CompletableFuture<T> invalid(String message) {
		return CompletableFuture.failedFuture(error(message));
	}

	private static ResponseErrorException error(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}

	/**
	 * The findings on every file of the engine, in the order check reports them (by file, line, column and code): the
	 * diagram marks the elements they are on, and the analysis ranks equal findings in that order.
	 */
	private List<Finding> findings(WholeEngine engine, CancelIndicator cancel) {
		List<Finding> findings = new ArrayList<>();
		for (Engine fragment : engine.fragments()) {
			Resource resource = fragment.eResource();
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
			findings.addAll(Findings.of(file(resource.getURI()), resource, issues));
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column)
				.thenComparing(Finding::code));
		return findings;
	}

	/** A file's path as the command line names it when given the absolute path; another URI as it is. */
	private static String file(org.eclipse.emf.common.util.URI uri) {
		if (uri.isFile()) {
			try {
				return Path.of(java.net.URI.create(uri.toString())).toString();
			} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
				return uri.toFileString();
			}
		}
		return uri.toString();
	}
}
