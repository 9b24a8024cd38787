package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/**
 * Every command example of the README is what the command prints today. A README block that starts with
 * {@code $ ./salesengine ...} is run in-process, and its lines must appear in the output in the same order: a line
 * {@code ...} stands for any number of lines left out, every other line must be the output's line exactly. A
 * newcomer copies these commands first; an example that no longer matches is a broken promise, found here rather
 * than by them.
 */
class ReadmeExamplesTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final String PROMPT = "$ ./salesengine ";
	private static final String ELISION = "...";
	/** The README's diff example compares acme with a copy it describes in words; the test writes that copy. */
	private static final String ACME_NEXT = "/tmp/acme-next.sales";

	@TempDir
	Path scratch;

	record Example(int line, List<String> command, List<String> expected) {
	}

	@TestFactory
	Stream<DynamicTest> everyCommandExampleOfTheReadmeIsTrue() throws IOException {
		List<Example> examples = examples(Files.readAllLines(TestFiles.root().resolve("README.md"), StandardCharsets.UTF_8));
		// The README shows check, analyze, compare, diff and table; fewer means the parser below lost some.
		assertTrue(examples.size() >= 8, "README command examples found: " + examples.size());
		return examples.stream().map(example -> DynamicTest.dynamicTest(
				"README.md:" + example.line() + ": salesengine " + String.join(" ", example.command()), () -> check(example)));
	}

	private void check(Example example) throws IOException {
		Path root = TestFiles.root();
		List<String> args = new ArrayList<>();
		for (String word : example.command()) {
			if (word.equals(ACME_NEXT)) {
				args.add(acmeNext().toString());
			} else if (word.startsWith("examples/")) {
				args.add(root.resolve(word).toString());
			} else {
				args.add(word);
			}
		}
		CliRun run = SALESENGINE.runGuarded(args.toArray(String[]::new));
		assertTrue(run.exitCode() == 0 || run.exitCode() == 1, "exit " + run.exitCode() + ": " + run.err());
		// Paths print as given: put them back the way the README writes them.
		String printed = run.out().replace(root.toString() + "/", "").replace(acmeNext().toString(), ACME_NEXT);
		assertMatches(example, Arrays.asList(printed.split("\n", -1)));
	}

	/**
	 * Acme with "two more SDRs, a better Lead stage and a dearer AM plan", as the README's diff example says: SDR 10
	 * → 12 heads, Lead 40% → 45%, AMPlan's OTE 110k → 120k. Each replacement must hit exactly one place.
	 */
	private Path acmeNext() throws IOException {
		Path next = scratch.resolve("acme-next.sales");
		if (Files.exists(next)) {
			return next;
		}
		String text = TestFiles.exampleText("acme.sales");
		text = replaceOnce(text, "(?s)(role SDR .*?headcount )10\\b", "$112");
		text = replaceOnce(text, "(?s)(stage Lead .*?conversion )40%", "$145%");
		text = replaceOnce(text, "(?s)(plan AMPlan .*?on target earnings )110k", "$1120k");
		Files.writeString(next, text, StandardCharsets.UTF_8);
		return next;
	}

	private static String replaceOnce(String text, String regex, String replacement) {
		String replaced = text.replaceFirst(regex, replacement);
		assertFalse(replaced.equals(text), "acme has no match for " + regex);
		return replaced;
	}

	/** The expected lines in order; an elision skips any number of output lines, and only there may lines be skipped. */
	static void assertMatches(Example example, List<String> actual) {
		List<String> output = new ArrayList<>(actual);
		while (!output.isEmpty() && output.get(output.size() - 1).isEmpty()) {
			output.remove(output.size() - 1);
		}
		int at = 0;
		boolean skipping = false;
		for (int i = 0; i < example.expected().size(); i++) {
			String wanted = example.expected().get(i);
			if (wanted.strip().equals(ELISION)) {
				skipping = true;
				continue;
			}
			int found = -1;
			for (int j = at; j < output.size(); j++) {
				if (output.get(j).equals(wanted)) {
					found = j;
					break;
				}
				if (!skipping) {
					break;
				}
			}
			if (found < 0) {
				fail("README.md:" + (example.line() + 1 + i) + " is not what salesengine " + String.join(" ", example.command())
						+ " prints" + (at < output.size() ? " (next line printed: '" + output.get(at) + "')" : " (output ended)")
						+ "\n  README: " + wanted + "\n  output:\n    " + String.join("\n    ", output));
			}
			at = found + 1;
			skipping = false;
		}
		if (!skipping) {
			assertEquals(output.size(), at, "the output goes on after the README's last line " + example.expected()
					.get(example.expected().size() - 1) + ": " + output.subList(Math.min(at, output.size()), output.size()));
		}
	}

	static List<Example> examples(List<String> readme) {
		List<Example> examples = new ArrayList<>();
		for (int i = 0; i < readme.size(); i++) {
			if (!readme.get(i).startsWith("```") || i + 1 >= readme.size() || !readme.get(i + 1).startsWith(PROMPT)) {
				continue;
			}
			int commandLine = i + 1;
			List<String> command = List.of(readme.get(commandLine).substring(PROMPT.length()).trim().split("\\s+"));
			List<String> expected = new ArrayList<>();
			int j = commandLine + 1;
			for (; j < readme.size() && !readme.get(j).startsWith("```"); j++) {
				expected.add(readme.get(j));
			}
			examples.add(new Example(commandLine + 1, command, expected));
			i = j;
		}
		return examples;
	}
}
