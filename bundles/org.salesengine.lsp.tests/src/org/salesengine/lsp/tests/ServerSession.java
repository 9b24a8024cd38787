package org.salesengine.lsp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.salesengine.testing.TestFiles;

/**
 * A server process with a workspace of two folders, each a project of its own as an editor opens them: the examples,
 * and the Acme engine split over five files (plus another engine in the same folder). The client says it handles
 * workspace folders, folding ranges and a hierarchy of document symbols, as VS Code does.
 */
final class ServerSession implements AutoCloseable {
	static final long SECONDS = 60;

	final Path workspace;
	final ServerProcess server;
	final InitializeResult initialized;

	ServerSession() throws Exception {
		workspace = Files.createTempDirectory("salesengine-lsp-workspace");
		Path examples = Files.createDirectories(workspace.resolve("examples"));
		for (String name : List.of("acme.sales", "broken.sales", "northwind.sales")) {
			Files.copy(TestFiles.example(name), examples.resolve(name));
		}
		Path split = Files.createDirectories(workspace.resolve("split"));
		try (Stream<Path> files = Files.list(TestFiles.root().resolve("bundles/org.salesengine.dsl.tests/fixtures/multifile/acme-split"))) {
			for (Path file : files.toList()) {
				Files.copy(file, split.resolve(file.getFileName()));
			}
		}
		server = new ServerProcess();
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
		workspaceCapabilities.setWorkspaceFolders(true);
		TextDocumentClientCapabilities documentCapabilities = new TextDocumentClientCapabilities();
		documentCapabilities.setFoldingRange(new FoldingRangeCapabilities());
		org.eclipse.lsp4j.DocumentSymbolCapabilities symbols = new org.eclipse.lsp4j.DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		documentCapabilities.setDocumentSymbol(symbols);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspaceCapabilities);
		capabilities.setTextDocument(documentCapabilities);
		params.setCapabilities(capabilities);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(examples), "examples"), new WorkspaceFolder(uri(split), "split")));
		initialized = server.server.initialize(params).get(SECONDS, TimeUnit.SECONDS);
		server.server.initialized(new InitializedParams());
	}

	/** Opens a workspace file in the editor, with its text on disk. */
	void open(String file) throws IOException {
		Path path = workspace.resolve(file);
		server.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(path), "sales", 1, Files.readString(path))));
	}

	List<String> lines(String file) throws IOException {
		return Files.readAllLines(workspace.resolve(file));
	}

	String text(String file) throws IOException {
		return Files.readString(workspace.resolve(file));
	}

	/** The position of the first {@code text} on the 0-based {@code line} of a file, plus {@code into} characters. */
	Position at(String file, int line, String text, int into) throws IOException {
		String content = lines(file).get(line);
		int column = content.indexOf(text);
		if (column < 0) {
			throw new IllegalArgumentException("'" + text + "' is not on line " + line + " of " + file + ": " + content);
		}
		return new Position(line, column + into);
	}

	String uri(String file) {
		return uri(workspace.resolve(file));
	}

	/** The URI as Xtext's server writes it: file:///path, without a trailing slash for a folder. */
	static String uri(Path path) {
		String uri = path.toUri().toString();
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	static String fileName(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}

	/** The edits of a workspace edit on one file (by name), from its changes or its document changes. */
	static List<TextEdit> edits(WorkspaceEdit edit, String file) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, list) -> {
				if (fileName(uri).equals(file)) {
					edits.addAll(list);
				}
			});
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().forEach(change -> {
				if (fileName(change.getLeft().getTextDocument().getUri()).equals(file)) {
					change.getLeft().getEdits().forEach(either -> edits.add(either.getLeft()));
				}
			});
		}
		return edits;
	}

	/** Applies LSP text edits (non-overlapping, positions in the original text) from the last to the first. */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<Integer> lineStarts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lineStarts.add(i + 1);
			}
		}
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(lineStarts, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offset(lineStarts, edit.getRange().getStart()), offset(lineStarts, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	private static int offset(List<Integer> lineStarts, Position position) {
		return lineStarts.get(position.getLine()) + position.getCharacter();
	}

	/** One edit as "line:column-line:column "new text"" (0-based, as LSP counts), with line ends written \\n. */
	static String describe(TextEdit edit) {
		org.eclipse.lsp4j.Range range = edit.getRange();
		return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":"
				+ range.getEnd().getCharacter() + " \"" + edit.getNewText().replace("\n", "\\n") + "\"";
	}

	/** Shuts the server down (exit code 0 expected by the caller, if it cares) and deletes the workspace. */
	@Override
	public void close() throws IOException {
		// What the server logged, for a failed test's report.
		System.out.println("salesengine lsp standard error:\n" + server.log());
		server.close();
		try (Stream<Path> files = Files.walk(workspace)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
