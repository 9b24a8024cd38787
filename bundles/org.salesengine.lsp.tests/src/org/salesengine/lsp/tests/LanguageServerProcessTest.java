package org.salesengine.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.testing.TestFiles;

/**
 * The language server as an editor sees it: {@code salesengine.jar lsp} in its own process, over standard input and
 * output. The workspace has two folders, the examples and the Acme engine split over five files (plus another engine
 * in the same folder), each a project of its own, as an editor opens them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguageServerProcessTest {
	private static final long SECONDS = ServerSession.SECONDS;

	private ServerSession session;
	private ServerProcess server;

	@BeforeAll
	void start() throws Exception {
		session = new ServerSession();
		server = session.server;
		InitializeResult result = session.initialized;
		assertEquals(Boolean.TRUE, result.getCapabilities().getRenameProvider().getLeft() != null
				|| result.getCapabilities().getRenameProvider().getRight() != null, "rename is advertised");
	}

	@AfterAll
	void stop() throws IOException {
		if (session != null) {
			session.close();
		}
	}

	@Test
	@Order(1)
	void diagnosticsCarryOurCodesAndRanges() throws Exception {
		open("examples/acme.sales");
		open("examples/broken.sales");
		assertEquals(List.of(), server.client.diagnostics(uri("examples/acme.sales"), d -> true), "acme is clean");
		List<Diagnostic> broken = server.client.diagnostics(uri("examples/broken.sales"), d -> !d.isEmpty());
		// The same findings as 'salesengine check examples/broken.sales', one per line and column (LSP counts from 0;
		// check from 1); the formula cycle's two findings are one cause there, two diagnostics here.
		List<String> expected = List.of("6:19 quota-under-assigned", "7:14 no-leading-indicator", "8:14 unmeasured-objective",
				"15:9 quota-role-without-plan", "18:12 funnel-not-sized", "18:12 process-without-outcome",
				"20:12 stage-without-exit", "21:65 conversion-out-of-range", "27:13 unreinforced-behavior",
				"34:8 kpi-under-covered", "34:8 unreviewed-kpi", "35:8 unreviewed-kpi", "36:8 unreviewed-kpi",
				"38:14 formula-cycle", "38:14 unit-mismatch", "40:8 unreviewed-kpi", "42:14 formula-cycle",
				"47:9 too-many-measures", "47:9 weights-not-100", "49:10 mix-not-100", "50:14 invalid-payout-curve",
				"51:14 misaligned-incentive", "52:14 measure-without-quota", "52:30 tiny-weight",
				"53:14 measure-without-quota", "53:30 tiny-weight");
		List<String> actual = new ArrayList<>();
		for (Diagnostic diagnostic : broken) {
			Position start = diagnostic.getRange().getStart();
			actual.add(start.getLine() + ":" + start.getCharacter() + " " + diagnostic.getCode().getLeft());
		}
		actual.sort(Comparator.comparingInt((String s) -> Integer.parseInt(s.substring(0, s.indexOf(':'))))
				.thenComparingInt(s -> Integer.parseInt(s.substring(s.indexOf(':') + 1, s.indexOf(' '))))
				.thenComparing(s -> s));
		assertEquals(expected, actual);
		// "plan AEPlan" on line 48: the range is the plan's name.
		Diagnostic weights = broken.stream().filter(d -> "weights-not-100".equals(d.getCode().getLeft())).findFirst().orElseThrow();
		assertEquals(new Range(new Position(47, 9), new Position(47, 15)), weights.getRange());
		assertEquals("plan AEPlan: measure weights sum to 95%, not 100% (Bookings 60%, Calls 25%, WinShare 5%, Velocity 5%)",
				weights.getMessage().getLeft());
	}

	@Test
	@Order(2)
	void completionAfterSupportsOffersTheObjectives() throws Exception {
		// acme.sales line 83 (0-based 82): "      unit currency lagging target 12M supports NewLogos owner AE"
		String line = lines("examples/acme.sales").get(82);
		int column = line.indexOf("supports ") + "supports ".length();
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri("examples/acme.sales")), new Position(82, column));
		List<CompletionItem> items = server.server.getTextDocumentService().completion(params).get(SECONDS, TimeUnit.SECONDS).getRight().getItems();
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.containsAll(List.of("NewLogos", "Expansion")), labels.toString());
		// Only objectives can be supported: no KPI, role or segment is offered.
		assertTrue(labels.stream().noneMatch(l -> List.of("NewARR", "AE", "MidMarket").contains(l)), labels.toString());
	}

	@Test
	@Order(3)
	void hoverOnARuleSettingShowsItsRationale() throws Exception {
		open("examples/northwind.sales");
		int lineIndex = lines("examples/northwind.sales").indexOf("    rule rollup-mismatch { band 100% to 115% }");
		assertTrue(lineIndex > 0);
		HoverParams params = new HoverParams(new TextDocumentIdentifier(uri("examples/northwind.sales")), new Position(lineIndex, 12));
		String text = server.server.getTextDocumentService().hover(params).get(SECONDS, TimeUnit.SECONDS).getContents().getRight().getValue();
		Rule rule = Rule.byCode("rollup-mismatch");
		assertEquals("**rollup-mismatch** (" + rule.severity().name().toLowerCase(java.util.Locale.ROOT) + ", "
				+ rule.pillar().label() + "): " + rule.summary() + "\n\n" + rule.rationale(), text);
	}

	@Test
	@Order(4)
	void definitionCrossesFiles() throws Exception {
		// compensation.sales line 4: "    plan AEPlan "Account executive plan" for AE {": AE is a role in structure.sales.
		open("split/compensation.sales");
		String line = lines("split/compensation.sales").get(3);
		Position onAe = new Position(3, line.lastIndexOf("AE") + 1);
		List<? extends Location> locations = server.server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri("split/compensation.sales")), onAe))
				.get(SECONDS, TimeUnit.SECONDS).getLeft();
		assertEquals(1, locations.size(), locations.toString());
		// structure.sales line 6: "    role AE "Account executive" { ... }": the name at column 9.
		assertEquals(uri("split/structure.sales"), locations.get(0).getUri());
		assertEquals(new Range(new Position(5, 9), new Position(5, 11)), locations.get(0).getRange());
	}

	@Test
	@Order(5)
	void renameEditsEveryFileOfTheEngineAndNoOtherEngine() throws Exception {
		// KPI NewARR is declared in metrics.sales and used in compensation (measure, spif), culture (a ritual's
		// reviews) and structure (a process produces it); zz-other-engine.sales has its own NewARR, left alone.
		open("split/metrics.sales");
		RenameParams params = new RenameParams(new TextDocumentIdentifier(uri("split/metrics.sales")), new Position(3, 10), "NewArr");
		WorkspaceEdit edit = server.server.getTextDocumentService().rename(params).get(SECONDS, TimeUnit.SECONDS);
		Map<String, Integer> editsPerFile = new TreeMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((file, edits) -> editsPerFile.put(ServerSession.fileName(file), edits.size()));
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().forEach(change -> editsPerFile.merge(ServerSession.fileName(change.getLeft().getTextDocument().getUri()),
					change.getLeft().getEdits().size(), Integer::sum));
		}
		assertEquals(Map.of("compensation.sales", 2, "culture.sales", 1, "metrics.sales", 1, "structure.sales", 1), editsPerFile);
		String metrics = ServerSession.apply(Files.readString(session.workspace.resolve("split/metrics.sales")), ServerSession.edits(edit, "metrics.sales"));
		assertTrue(metrics.contains("    kpi NewArr \"New annual recurring revenue\" {"), metrics);
	}

	@Test
	@Order(6)
	void formattingRestoresTheLayout() throws Exception {
		// acme is format-clean (the formatter keeps its author-aligned stage columns): no edit.
		String acme = Files.readString(session.workspace.resolve("examples/acme.sales"));
		assertEquals(List.of(), formattingEdits("examples/formatted.sales", acme));
		// Two lines mangled: "  currency EUR" (line 3) moved to column 0 with its value pushed right, and
		// "    revenue target 16M" (line 7) moved to column 0 with two extra spaces. The formatter puts back the
		// indentation (2 and 4 spaces) and the single spaces, and touches nothing else: the line break after "{" on
		// lines 2 and 6 (columns 39 and 12, 0-based) takes the indentation back, the spaces after "currency" and
		// "revenue" shrink to one.
		String messy = acme.replace("  currency EUR\n", "currency      EUR\n").replace("    revenue target 16M\n", "revenue   target 16M\n");
		List<? extends TextEdit> edits = formattingEdits("examples/messy.sales", messy);
		assertEquals(List.of("1:39-2:0 \"\\n  \"", "2:8-2:14 \" \"", "5:12-6:0 \"\\n    \"", "6:7-6:10 \" \""),
				edits.stream().map(ServerSession::describe).sorted().toList());
		assertEquals(acme, ServerSession.apply(messy, edits));
	}

	private List<? extends TextEdit> formattingEdits(String file, String text) throws Exception {
		String uri = uri(file);
		server.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "sales", 1, text)));
		return server.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
				.get(SECONDS, TimeUnit.SECONDS);
	}

	@Test
	@Order(7)
	void codeActionBalancesTheWeights() throws Exception {
		// broken.sales's AEPlan weighs 60% + 25% + 5% + 5% = 95%: the fix gives the missing 5% to the first measure,
		// Bookings, 60% -> 65%, and changes nothing else.
		String uri = uri("examples/broken.sales");
		Diagnostic weights = server.client.diagnostics(uri, d -> !d.isEmpty()).stream()
				.filter(d -> "weights-not-100".equals(d.getCode().getLeft())).findFirst().orElseThrow();
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), weights.getRange(),
				new CodeActionContext(List.of(weights)));
		List<Either<Command, CodeAction>> actions = server.server.getTextDocumentService().codeAction(params).get(SECONDS, TimeUnit.SECONDS);
		assertEquals(1, actions.size(), actions.toString());
		CodeAction action = actions.get(0).getRight();
		assertEquals("Give the difference to the first measure's weight", action.getTitle());
		assertEquals(CodeActionKind.QuickFix, action.getKind());
		String broken = Files.readString(session.workspace.resolve("examples/broken.sales"));
		String fixed = ServerSession.apply(broken, action.getEdit().getChanges().get(uri));
		assertEquals(broken.replace("measure Bookings weight 60%", "measure Bookings weight 65%"), fixed);
		assertTrue(!fixed.equals(broken));
	}

	@Test
	@Order(8)
	void diagramRequestDrawsTheWholeEngineAsSvg() throws Exception {
		// Asked from one file of the split engine, the engine map holds elements of the other files too: the plan
		// AEPlan (compensation.sales) and the objective NewLogos (strategy.sales).
		String svg = server.server.diagram(Map.of("uri", uri("split/compensation.sales"), "diagram", "engine"))
				.get(SECONDS, TimeUnit.SECONDS);
		assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""),
				svg.substring(0, Math.min(200, svg.length())));
		assertTrue(svg.contains("<title>Acme Analytics EMEA · engine map</title>"), "the engine's title, from strategy.sales");
		assertTrue(svg.trim().endsWith("</svg>"));
		assertTrue(svg.contains("AEPlan"), "the plan is drawn");
		assertTrue(svg.contains("NewLogos") || svg.contains("Win new mid-market logos"), "the objective is drawn");
		// The other engine in the same folder is not.
		assertTrue(!svg.contains("Globex"), "only this engine");
	}

	@Test
	@Order(9)
	void anEditIsFollowedByDiagramChanged() throws Exception {
		// A comment added at the end of metrics.sales (opened in the rename test): the rebuild names that file.
		String uri = uri("split/metrics.sales");
		int lines = lines("split/metrics.sales").size();
		server.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(new Range(new Position(lines, 0), new Position(lines, 0)), "// edited\n"))));
		assertTrue(server.client.diagramChange(uri).getAsJsonArray("uris").size() >= 1);
	}

	@Test
	@Order(10)
	void anEditReChecksTheOtherFilesOfItsEngine() throws Exception {
		// structure.sales line 6: "role AE ... { headcount 12 ...": 12 becomes 2. The street quota (AEPlan 1.1M x 2 +
		// AMPlan 900k x 5 = 6.7M, in compensation.sales) now falls short of the revenue target 16M, which is written in
		// strategy.sales: that file, not edited, gets the finding on its revenue target (line 7), as check gives it.
		open("split/structure.sales");
		Position twelve = session.at("split/structure.sales", 5, "headcount 12", "headcount ".length());
		server.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri("split/structure.sales"), 2), List.of(new TextDocumentContentChangeEvent(
						new Range(twelve, new Position(twelve.getLine(), twelve.getCharacter() + 2)), "2"))));
		List<Diagnostic> strategy = server.client.diagnostics(uri("split/strategy.sales"),
				d -> d.stream().anyMatch(diagnostic -> "quota-under-assigned".equals(diagnostic.getCode().getLeft())));
		Diagnostic shortfall = strategy.stream().filter(d -> "quota-under-assigned".equals(d.getCode().getLeft())).findFirst().orElseThrow();
		assertEquals(6, shortfall.getRange().getStart().getLine());
		assertTrue(shortfall.getMessage().getLeft().startsWith("street quota 6.7M"), shortfall.getMessage().getLeft());
	}

	@Test
	@Order(100)
	void shutdownAndExitEndTheProcessWithZero() throws Exception {
		server.server.shutdown().get(SECONDS, TimeUnit.SECONDS);
		server.server.exit();
		assertTrue(server.process.waitFor(SECONDS, TimeUnit.SECONDS), "the server did not end after exit");
		assertEquals(0, server.process.exitValue(), server.log());
	}

	private void open(String file) throws IOException {
		session.open(file);
	}

	private List<String> lines(String file) throws IOException {
		return session.lines(file);
	}

	private String uri(String file) {
		return session.uri(file);
	}
}
