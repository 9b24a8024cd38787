package org.salesengine.lsp.tests;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.JsonObject;

/** The server as the test's client sees it: LSP, plus the salesengine/... requests with their result types. */
interface SalesEngineServer extends LanguageServer {
	@JsonRequest("salesengine/diagram")
	CompletableFuture<String> diagram(Map<String, String> params);

	@JsonRequest("salesengine/analysis")
	CompletableFuture<JsonObject> analysis(Map<String, String> params);

	@JsonRequest("salesengine/table")
	CompletableFuture<JsonObject> table(Map<String, String> params);
}
