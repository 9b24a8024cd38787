package org.salesengine.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the server re-checks after an edit, out of process: the server keeps the files it did not re-read parsed
 * between builds ({@code EngineIncrementalBuilder}), so these tests check that what they show is still what a fresh
 * read gives. The workspace is {@link ServerSession}'s: the Acme engine split over five files in split/, beside
 * Globex (split/zz-other-engine.sales) and the examples in a folder of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineRecheckTest {
	private static final List<String> ACME = List.of("split/compensation.sales", "split/culture.sales", "split/metrics.sales",
			"split/strategy.sales", "split/structure.sales");
	private static final List<String> OTHERS = List.of("split/zz-other-engine.sales", "examples/acme.sales",
			"examples/broken.sales", "examples/northwind.sales");

	private ServerSession session;
	private ServerProcess server;
	private int version = 1;

	@BeforeAll
	void start() throws Exception {
		session = new ServerSession();
		server = session.server;
		// The first build has checked every file.
		for (String file : ACME) {
			server.client.diagnostics(session.uri(file), d -> true);
		}
		for (String file : OTHERS) {
			server.client.diagnostics(session.uri(file), d -> true);
		}
		session.open("split/structure.sales");
		server.client.awaitBuildsEnded(1500);
	}

	@AfterAll
	void stop() throws IOException {
		if (session != null) {
			session.close();
		}
	}

	@Test
	@Order(1)
	void anEditReChecksEachFileOfItsEngineOnceAndNoFileOfAnotherEngine() throws Exception {
		// structure.sales line 6: "role AE ... { headcount 12 ...": 12 becomes 13, a number, no name changes.
		Map<String, Integer> before = publications();
		Position twelve = session.at("split/structure.sales", 5, "headcount 12", "headcount ".length());
		edit("split/structure.sales", new Range(twelve, new Position(twelve.getLine(), twelve.getCharacter() + 2)), "13");
		List<String> rechecked = new ArrayList<>();
		server.client.diagramChange(session.uri("split/structure.sales")).getAsJsonArray("uris")
				.forEach(uri -> rechecked.add(ServerSession.fileName(uri.getAsString())));
		assertEquals(List.of("compensation.sales", "culture.sales", "metrics.sales", "strategy.sales", "structure.sales"),
				rechecked.stream().sorted().toList());
		Map<String, Integer> after = publications();
		for (String file : ACME) {
			assertEquals(before.get(file) + 1, after.get(file), file + " is checked once");
		}
		for (String file : OTHERS) {
			assertEquals(before.get(file), after.get(file), file + " belongs to another engine: not checked again");
		}
		// The links of the files that were not re-read still work: acme-split is clean apart from its known findings.
		assertEquals(List.of(), unresolved("split/compensation.sales", d -> true));
	}

	@Test
	@Order(2)
	void aRenameInOneFileBreaksTheLinksOfAnotherAndTheRenameBackRepairsThem() throws Exception {
		// structure.sales line 6: "role AE" becomes "role AX". compensation.sales, not open and not edited, links
		// to AE twice: "plan AEPlan ... for AE" (line 4) and "spif MultiYear ... for AE" (line 21).
		Position ae = session.at("split/structure.sales", 5, "role AE", "role ".length());
		Range name = new Range(ae, new Position(ae.getLine(), ae.getCharacter() + 2));
		edit("split/structure.sales", name, "AX");
		String plan = lineAndColumn("split/compensation.sales", 3, "for AE", "for ".length());
		String spif = lineAndColumn("split/compensation.sales", 20, "for AE", "for ".length());
		List<String> broken = unresolved("split/compensation.sales", d -> !unresolvedIn(d).isEmpty());
		assertEquals(sorted(List.of(plan + " unknown role 'AE'", spif + " unknown role 'AE'")), broken);

		edit("split/structure.sales", name, "AE");
		assertEquals(List.of(), unresolved("split/compensation.sales", d -> unresolvedIn(d).isEmpty()));
	}

	@Test
	@Order(3)
	void aDeletedFilesElementsDisappearAndComeBackWithTheFile() throws Exception {
		// metrics.sales declares the KPIs; compensation.sales measures five of them and a spif rewards one.
		Path metrics = session.workspace.resolve("split/metrics.sales");
		String text = Files.readString(metrics);
		Files.delete(metrics);
		watched("split/metrics.sales", FileChangeType.Deleted);
		List<String> expected = new ArrayList<>();
		for (Object[] use : new Object[][] { { 6, "NewARR" }, { 7, "WinRate" }, { 12, "MeetingsBooked" }, { 17, "ExpansionARR" },
				{ 18, "NRR" }, { 21, "NewARR" } }) {
			int line = (Integer) use[0];
			String kpi = (String) use[1];
			String before = line == 21 ? "rewards " : "measure ";
			expected.add(lineAndColumn("split/compensation.sales", line, before + kpi, before.length()) + " unknown KPI '" + kpi + "'");
		}
		assertEquals(sorted(expected), unresolved("split/compensation.sales", d -> unresolvedIn(d).size() == 6));
		// The deleted file's own diagnostics are withdrawn.
		assertEquals(List.of(), server.client.diagnostics(session.uri("split/metrics.sales"), List::isEmpty));

		Files.writeString(metrics, text);
		watched("split/metrics.sales", FileChangeType.Created);
		assertEquals(List.of(), unresolved("split/compensation.sales", d -> unresolvedIn(d).isEmpty()));
	}

	@Test
	@Order(4)
	void aFileThatIsNotReReadKeepsItsSyntaxError() throws Exception {
		// culture.sales opened with a stray "}" after its first behavior's "expected of AE" (line 5): a syntax error.
		// Then edits of structure.sales, which culture.sales links into ("expected of AE", "led by Manager"): a number
		// (the files linking into structure.sales re-linked) and a rename and back (every file of the engine
		// re-linked). culture.sales is checked again each time, and its syntax error stays, the same.
		String culture = session.text("split/culture.sales").replace("      expected of AE\n", "      expected of AE }\n");
		String uri = session.uri("split/culture.sales");
		server.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
				new org.eclipse.lsp4j.TextDocumentItem(uri, "sales", 1, culture)));
		List<String> syntax = syntaxErrors(server.client.diagnostics(uri, d -> !syntaxErrors(d).isEmpty()));
		assertEquals(1, syntax.size(), syntax.toString());
		server.client.awaitBuildsEnded(1000);

		int published = server.client.publications(uri);
		Position twelve = session.at("split/structure.sales", 5, "headcount 1", "headcount ".length());
		edit("split/structure.sales", new Range(twelve, new Position(twelve.getLine(), twelve.getCharacter() + 2)), "14");
		server.client.diagramChange(session.uri("split/structure.sales"));
		assertEquals(published + 1, server.client.publications(uri));
		assertEquals(syntax, syntaxErrors(server.client.diagnostics(uri, d -> true)));

		Position ae = session.at("split/structure.sales", 5, "role AE", "role ".length());
		Range name = new Range(ae, new Position(ae.getLine(), ae.getCharacter() + 2));
		edit("split/structure.sales", name, "AX");
		server.client.diagramChange(session.uri("split/structure.sales"));
		assertEquals(published + 2, server.client.publications(uri));
		assertEquals(syntax, syntaxErrors(server.client.diagnostics(uri, d -> true)));
		edit("split/structure.sales", name, "AE");
		server.client.diagramChange(session.uri("split/structure.sales"));
		assertEquals(syntax, syntaxErrors(server.client.diagnostics(uri, d -> true)));
	}

	private void edit(String file, Range range, String text) {
		version++;
		server.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(session.uri(file), version), List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	private void watched(String file, FileChangeType type) {
		server.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(session.uri(file), type))));
	}

	private Map<String, Integer> publications() {
		Map<String, Integer> counts = new TreeMap<>();
		for (String file : ACME) {
			counts.put(file, server.client.publications(session.uri(file)));
		}
		for (String file : OTHERS) {
			counts.put(file, server.client.publications(session.uri(file)));
		}
		return counts;
	}

	/** The file's unresolved links as "line:column message" (0-based), once its diagnostics satisfy {@code ready}. */
	private List<String> unresolved(String file, Predicate<List<Diagnostic>> ready) throws InterruptedException {
		return unresolvedIn(server.client.diagnostics(session.uri(file), ready));
	}

	private static List<String> unresolvedIn(List<Diagnostic> diagnostics) {
		List<String> result = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			if (diagnostic.getCode() != null && "unresolved-reference".equals(diagnostic.getCode().getLeft())) {
				Position start = diagnostic.getRange().getStart();
				String message = diagnostic.getMessage().getLeft();
				int suggestion = message.indexOf(" (did you mean");
				result.add(start.getLine() + ":" + start.getCharacter() + " " + (suggestion < 0 ? message : message.substring(0, suggestion)));
			}
		}
		result.sort(null);
		return result;
	}

	private static List<String> sorted(List<String> lines) {
		List<String> result = new ArrayList<>(lines);
		result.sort(null);
		return result;
	}

	private static List<String> syntaxErrors(List<Diagnostic> diagnostics) {
		List<String> result = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			if (diagnostic.getCode() != null && "syntax".equals(diagnostic.getCode().getLeft())) {
				Position start = diagnostic.getRange().getStart();
				result.add(start.getLine() + ":" + start.getCharacter() + " " + diagnostic.getMessage().getLeft());
			}
		}
		return result;
	}

	private String lineAndColumn(String file, int line, String text, int into) throws IOException {
		Position position = session.at(file, line, text, into);
		assertTrue(position.getLine() == line);
		return position.getLine() + ":" + position.getCharacter();
	}
}
