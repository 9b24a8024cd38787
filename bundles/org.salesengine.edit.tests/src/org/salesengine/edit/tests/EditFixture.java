package org.salesengine.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.salesengine.dsl.ide.SalesEngineIdeSetup;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;
import org.salesengine.edit.EngineEditor;
import org.salesengine.edit.FileEdit;
import org.salesengine.edit.TextEdit;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.TestFiles;

import com.google.inject.Injector;

/**
 * Runs edit operations on copies of the reference engines, as a caller would: load with the IDE injector, compute,
 * apply the text edits, load again. Every applied edit is checked to undo exactly: its inverse edits give back the
 * original bytes.
 */
final class EditFixture {
	private static Injector injector;

	final Path root;
	private final String engineName;

	private EditFixture(Path root, String engineName) {
		this.root = root;
		this.engineName = engineName;
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new SalesEngineIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** A copy of examples/acme.sales in the folder. */
	static EditFixture acme(Path folder) {
		copy(TestFiles.example("acme.sales"), folder.resolve("acme.sales"));
		return new EditFixture(folder.resolve("acme.sales"), "AcmeEmea");
	}

	/** A copy of the multi-file acme (with the other engine of its folder) in the folder. */
	static EditFixture acmeSplit(Path folder) {
		Path split = TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split");
		try (Stream<Path> files = Files.list(split)) {
			files.forEach(file -> copy(file, folder.resolve(file.getFileName().toString())));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new EditFixture(folder, "AcmeEmea");
	}

	/** A file of this text in the folder. */
	static EditFixture of(Path folder, String name, String text, String engineName) {
		try {
			Files.writeString(folder.resolve(name), text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new EditFixture(folder.resolve(name), engineName);
	}

	private static void copy(Path from, Path to) {
		try {
			Files.copy(from, to);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	LoadedEngines load() {
		try {
			return injector().getInstance(EngineLoader.class).load(List.of(root));
		} catch (SourceFiles.UsageProblem e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** The text of a file of the fixture, by its name. */
	String text(String file) {
		return TestFiles.read(file(file));
	}

	Path file(String name) {
		return Files.isDirectory(root) ? root.resolve(name) : root.resolveSibling(name);
	}

	/** The operation's result, computed on a fresh load; nothing is written. */
	EditResult compute(EditOperation operation) {
		LoadedEngines loaded = load();
		WholeEngine engine = loaded.engines().stream().filter(e -> e.name().equals(engineName)).findFirst().orElseThrow();
		return injector().getInstance(EngineEditor.class).apply(engine, operation);
	}

	/** Applies the operation, which must succeed, writes its files and says what changed. */
	Edited apply(EditOperation operation) {
		List<Finding> before = load().findings();
		EditResult result = compute(operation);
		assertTrue(result.applied(), () -> "refused: " + result.message());
		Map<String, String> originals = new HashMap<>();
		for (FileEdit file : result.files()) {
			Path path = Path.of(file.path());
			String onDisk = TestFiles.read(path);
			assertEquals(onDisk, file.before(), "the edit applies to the text on disk");
			assertEquals(onDisk, TextEdit.apply(file.after(), file.undo().edits()), "undoing restores the original bytes");
			originals.put(path.getFileName().toString(), onDisk);
			try {
				Files.writeString(path, file.after());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new Edited(this, result, originals, newFindings(before, load().findings()));
	}

	/** The codes of the findings the edit added, in file order (a finding that moved is not new). */
	private static List<String> newFindings(List<Finding> before, List<Finding> after) {
		Map<String, Integer> seen = new HashMap<>();
		before.forEach(f -> seen.merge(key(f), 1, Integer::sum));
		List<String> added = new ArrayList<>();
		for (Finding finding : after) {
			if (seen.merge(key(finding), -1, Integer::sum) < 0) {
				added.add(finding.code() + " " + finding.element());
			}
		}
		return added;
	}

	private static String key(Finding f) {
		return Path.of(f.file()).getFileName() + "|" + f.code() + "|" + f.element() + "|" + f.message();
	}

	/** An applied edit: its result, the files' texts before it, and the findings it added. */
	record Edited(EditFixture fixture, EditResult result, Map<String, String> originals, List<String> newFindings) {

		/** The file's new text is its old text with exactly this one piece replaced. */
		Edited replaced(String file, String old, String now) {
			String original = originals.get(file);
			if (original == null) {
				fail(file + " was not changed; changed: " + originals.keySet());
			}
			int at = original.indexOf(old);
			assertTrue(at >= 0 && original.indexOf(old, at + 1) < 0, () -> "'" + old + "' occurs once in " + file);
			assertEquals(original.substring(0, at) + now + original.substring(at + old.length()), fixture.text(file), () -> "edits: " + edits(file));
			return this;
		}

		/** The file's new text is its old text with each of these pieces (old, new, old, new ...) replaced once. */
		Edited replacedEach(String file, String... oldAndNew) {
			String expected = originals.get(file);
			if (expected == null) {
				fail(file + " was not changed; changed: " + originals.keySet());
			}
			for (int i = 0; i < oldAndNew.length; i += 2) {
				int at = expected.indexOf(oldAndNew[i]);
				assertTrue(at >= 0 && expected.indexOf(oldAndNew[i], at + 1) < 0, "'" + oldAndNew[i] + "' occurs once in " + file);
				expected = expected.substring(0, at) + oldAndNew[i + 1] + expected.substring(at + oldAndNew[i].length());
			}
			assertEquals(expected, fixture.text(file), () -> "edits: " + edits(file));
			return this;
		}

		/** The file's new text is its old text with every whole word {@code old} (outside strings) written {@code now}. */
		Edited renamedWord(String file, String old, String now) {
			String original = originals.get(file);
			if (original == null) {
				fail(file + " was not changed; changed: " + originals.keySet());
			}
			StringBuilder expected = new StringBuilder();
			java.util.regex.Matcher words = java.util.regex.Pattern.compile("\"[^\"]*\"|\\b" + old + "\\b").matcher(original);
			while (words.find()) {
				words.appendReplacement(expected, words.group().startsWith("\"") ? java.util.regex.Matcher.quoteReplacement(words.group()) : now);
			}
			words.appendTail(expected);
			assertEquals(expected.toString(), fixture.text(file));
			return this;
		}

		private List<TextEdit> edits(String file) {
			return result.files().stream().filter(f -> Path.of(f.path()).getFileName().toString().equals(file)).findFirst().orElseThrow().edits();
		}

		Edited changedFiles(String... names) {
			assertEquals(List.of(names), result.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList());
			return this;
		}

		Edited noNewFindings() {
			assertEquals(List.of(), newFindings, "the edit adds no finding");
			return this;
		}

		Edited newFindings(String... expected) {
			assertEquals(List.of(expected), newFindings);
			return this;
		}
	}
}
