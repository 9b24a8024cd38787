package org.salesengine.lsp;

import java.util.ArrayList;
import java.util.List;
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
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.Findings;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * The server's own requests, beside LSP's: {@code salesengine/diagram} draws a diagram of the engine a file belongs
 * to (all its files) as SVG, the same picture as {@code salesengine render --format svg}; the notification
 * {@code salesengine/diagramChanged} follows each build.
 */
@JsonSegment("salesengine")
public class EngineRequests implements ILanguageServerExtension {

	/** {@code {uri, diagram}}: the file, and engine, pipeline, kpis or pay. */
	public static final class DiagramParams {
		public String uri;
		public String diagram;
	}

	@Inject
	private EngineFragments fragments;

	@Inject
	private IResourceValidator validator;

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
		DiagramKind kind = params.diagram == null ? DiagramKind.ENGINE : DiagramKind.byCliName(params.diagram);
		if (kind == null || params.uri == null) {
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					"salesengine/diagram takes {uri, diagram}: diagram is engine, pipeline, kpis or pay", null)));
		}
		return access.doRead(params.uri, context -> {
			Resource resource = context.getResource();
			if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Engine fragment)) {
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, params.uri + " holds no engine", null));
			}
			WholeEngine engine = fragments.wholeEngineOf(fragment);
			return SvgWriter.write(Diagrams.build(kind, engine, findings(engine, context.getCancelChecker())));
		});
	}

	/** The findings on every file of the engine, as check reports them: the diagram marks the elements they are on. */
	private List<Finding> findings(WholeEngine engine, CancelIndicator cancel) {
		List<Finding> findings = new ArrayList<>();
		for (Engine fragment : engine.fragments()) {
			Resource resource = fragment.eResource();
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
			findings.addAll(Findings.of(resource.getURI().toFileString() != null ? resource.getURI().toFileString()
					: resource.getURI().toString(), resource, issues));
		}
		return findings;
	}
}
