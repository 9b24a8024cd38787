package org.salesengine.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What an editor asks besides diagnostics and edits: references, document and workspace symbols, highlights, range
 * formatting, folding, and semantic tokens by pillar. Positions are 0-based, as LSP counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorFeaturesTest {
	private static final long SECONDS = ServerSession.SECONDS;

	private ServerSession session;
	private TextDocumentService documents;

	@BeforeAll
	void start() throws Exception {
		session = new ServerSession();
		documents = session.server.server.getTextDocumentService();
		session.open("examples/acme.sales");
		session.open("split/metrics.sales");
		// The diagnostics arrive once the files are built: the requests below then see linked models.
		session.server.client.diagnostics(session.uri("split/metrics.sales"), d -> true);
	}

	@AfterAll
	void stop() throws Exception {
		if (session != null) {
			session.close();
		}
	}

	@Test
	void referencesAreFoundInEveryFileOfTheEngineOnly() throws Exception {
		// KPI NewARR, declared on metrics.sales line 4 ("    kpi NewARR ..."): used by a measure and a SPIF in
		// compensation.sales, a ritual in culture.sales, a process in structure.sales. zz-other-engine.sales has a
		// NewARR of its own, used three times: none of them is a reference to this one.
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(session.uri("split/metrics.sales")),
				session.at("split/metrics.sales", 3, "NewARR", 1), new ReferenceContext(false));
		List<? extends Location> found = documents.references(params).get(SECONDS, TimeUnit.SECONDS);
		assertEquals(List.of("compensation.sales 6:14", "compensation.sales 21:14", "culture.sales 25:14", "structure.sales 12:15"),
				found.stream().map(EditorFeaturesTest::where).sorted(byFileAndPosition()).toList());
	}

	@Test
	void documentSymbolsAreTheEnginesElements() throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = documents
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(session.uri("split/metrics.sales"))))
				.get(SECONDS, TimeUnit.SECONDS);
		// The client handles a hierarchy (as VS Code does): the engine, and under it its ten KPIs in the order of the file.
		assertTrue(symbols.stream().allMatch(Either::isRight), "a hierarchy, not a flat list");
		List<String> outline = new ArrayList<>();
		symbols.forEach(symbol -> collect(symbol.getRight(), "", outline));
		assertEquals(List.of("AcmeEmea (Property)", "  NewARR (Property)", "  Pipeline (Property)", "  DealsWon (Property)",
				"  DealsLost (Property)", "  WinRate (Property)", "  MeetingsBooked (Property)", "  StakeholdersPerDeal (Property)",
				"  NRR (Property)", "  ExpansionARR (Property)", "  ExpansionPipeline (Property)"), outline);
	}

	@Test
	void workspaceSymbolsFindADeclarationInEveryEngine() throws Exception {
		Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> found = session.server.server.getWorkspaceService()
				.symbol(new WorkspaceSymbolParams("NewARR")).get(SECONDS, TimeUnit.SECONDS);
		List<String> files = new ArrayList<>();
		if (found.isLeft()) {
			found.getLeft().stream().filter(s -> plain(s.getName()).equals("NewARR"))
					.forEach(s -> files.add(ServerSession.fileName(s.getLocation().getUri()) + " " + s.getLocation().getRange().getStart().getLine()));
		} else {
			found.getRight().stream().filter(s -> plain(s.getName()).equals("NewARR"))
					.forEach(s -> files.add(ServerSession.fileName(s.getLocation().getLeft().getUri()) + " " + s.getLocation().getLeft().getRange().getStart().getLine()));
		}
		files.sort(Comparator.naturalOrder());
		// "kpi NewARR" on acme.sales line 82, northwind.sales line 91, metrics.sales line 4, zz-other-engine.sales line 10.
		assertEquals(List.of("acme.sales 81", "metrics.sales 3", "northwind.sales 90", "zz-other-engine.sales 9"), files);
	}

	@Test
	void highlightMarksTheDeclarationAndEveryUseInTheFile() throws Exception {
		// acme.sales: "produces NewARR" (line 29), "reviews NewARR" (71), "kpi NewARR" (82), "measure NewARR" (116),
		// "rewards NewARR" (131).
		List<? extends DocumentHighlight> highlights = documents.documentHighlight(new DocumentHighlightParams(
				new TextDocumentIdentifier(session.uri("examples/acme.sales")), session.at("examples/acme.sales", 81, "NewARR", 2)))
				.get(SECONDS, TimeUnit.SECONDS);
		assertEquals(List.of("28:15", "70:14", "81:8", "115:14", "130:14"), highlights.stream()
				.map(h -> h.getRange().getStart().getLine() + ":" + h.getRange().getStart().getCharacter())
				.sorted(Comparator.comparingInt((String s) -> Integer.parseInt(s.substring(0, s.indexOf(':'))))).toList());
		assertTrue(highlights.stream().allMatch(h -> h.getRange().getEnd().getCharacter() - h.getRange().getStart().getCharacter() == 6));
	}

	@Test
	void rangeFormattingLeavesTheRestAlone() throws Exception {
		// Two lines mangled, as in the formatting test: "currency      EUR" (line 3) and "revenue   target 16M" (line 7),
		// both at column 0. Formatting lines 6 and 7 only (from the end of "  strategy {") mends the second one.
		String acme = session.text("examples/acme.sales");
		String messy = acme.replace("  currency EUR\n", "currency      EUR\n").replace("    revenue target 16M\n", "revenue   target 16M\n");
		String uri = session.uri("examples/range.sales");
		documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "sales", 1, messy)));
		List<? extends TextEdit> edits = documents.rangeFormatting(new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri),
				new FormattingOptions(2, true), new Range(new Position(5, 12), new Position(6, 20)))).get(SECONDS, TimeUnit.SECONDS);
		assertEquals(List.of("5:12-6:0 \"\\n    \"", "6:7-6:10 \" \""), edits.stream().map(ServerSession::describe).sorted().toList());
		assertEquals(acme.replace("  currency EUR\n", "currency      EUR\n"), ServerSession.apply(messy, edits));
	}

	@Test
	void foldingRangesAreTheBlocks() throws Exception {
		List<FoldingRange> ranges = documents.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(session.uri("examples/acme.sales"))))
				.get(SECONDS, TimeUnit.SECONDS);
		List<String> folds = ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine()).toList();
		// Every block over more than one line, from its first line to its closing brace (0-based): the strategy
		// section (lines 6 to 17) with objectives NewLogos (8-11) and Expansion (12-14), the structure section (19-46)
		// with its two processes (28-37, 38-45), culture (48-79) with two behaviors and three rituals, metrics (81-110)
		// with the KPIs written over several lines, compensation (112-135) with three plans and a SPIF. The engine's
		// own braces do not fold (Xtext folds no root), nor does a one-line block such as role Manager's (line 20).
		assertEquals(List.of("5-16", "7-10", "11-13", "18-45", "27-36", "37-44", "47-78", "48-53", "54-59", "60-65", "66-71",
				"72-77", "80-109", "81-84", "85-87", "90-93", "94-96", "97-99", "100-102", "103-105", "106-108", "111-134",
				"112-117", "118-122", "123-128", "129-133"), folds);
	}

	@Test
	void semanticTokensColourNamesByPillar() throws Exception {
		SemanticTokensLegend legend = session.initialized.getCapabilities().getSemanticTokensProvider().getLegend();
		assertTrue(legend.getTokenTypes().containsAll(List.of("strategy", "structure", "culture", "compensation")), legend.getTokenTypes().toString());
		List<Integer> data = documents.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(session.uri("examples/acme.sales"))))
				.get(SECONDS, TimeUnit.SECONDS).getData();
		// Decoded: each token is (line delta, column delta or column, length, type, modifiers).
		List<String> tokens = new ArrayList<>();
		int line = 0;
		int column = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			boolean declaration = (data.get(i + 4) & (1 << legend.getTokenModifiers().indexOf("declaration"))) != 0;
			tokens.add(line + ":" + column + " " + data.get(i + 2) + " " + legend.getTokenTypes().get(data.get(i + 3)) + (declaration ? " declaration" : ""));
		}
		// objective NewLogos (line 8, strategy), declared; role Manager declared (line 20) and referred to (line 21,
		// "reports to Manager", structure); behavior MultiThreading (line 49, culture); kpi NewARR (line 82) is
		// coloured with the plans that pay on it (compensation).
		assertTrue(tokens.containsAll(List.of("7:14 8 strategy declaration", "19:9 7 structure declaration",
				"20:88 7 structure", "48:13 14 culture declaration", "81:8 6 compensation declaration")), tokens.toString());
	}

	/** The outline, one line per symbol: "name (kind)", indented by depth. */
	private static void collect(DocumentSymbol symbol, String indent, List<String> outline) {
		outline.add(indent + plain(symbol.getName()) + " (" + symbol.getKind() + ")");
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(child -> collect(child, indent + "  ", outline));
		}
	}

	/** A symbol's name without the engine's (and container's) prefix. */
	private static String plain(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static String where(Location location) {
		return ServerSession.fileName(location.getUri()) + " " + location.getRange().getStart().getLine() + ":"
				+ location.getRange().getStart().getCharacter();
	}

	private static Comparator<String> byFileAndPosition() {
		return Comparator.comparing((String s) -> s.substring(0, s.indexOf(' ')))
				.thenComparingInt(s -> Integer.parseInt(s.substring(s.indexOf(' ') + 1, s.indexOf(':'))));
	}
}
