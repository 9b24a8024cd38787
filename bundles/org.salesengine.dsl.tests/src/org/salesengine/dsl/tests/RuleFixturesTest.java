package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.validation.Rule;

import com.google.inject.Inject;
import org.salesengine.testing.TestFiles;

/**
 * One oracle per rule: fixtures/rules/CODE.sales (or a folder of files, for rules across files or engines) marks
 * each line where the rule must fire with {@code // expect: CODE} and each line where it must stay silent with
 * {@code // clean: CODE}. The rule must fire on exactly the expected lines, with its catalogue severity.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class RuleFixturesTest {
	private static final Pattern MARKER = Pattern.compile("//\\s*(expect|clean):\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

	@Inject
	private EngineLoader loader;

	@ParameterizedTest(name = "{0}")
	@EnumSource(Rule.class)
	void firesExactlyWhereTheFixtureSays(Rule rule) throws Exception {
		if (rule.fromData()) {
			// A rule from data has its oracle in the data bundle (DataRuleFixturesTest: an engine and its CRM export). Here:
			// its fixture is there, and the engine's text alone never reports it.
			Path data = TestFiles.fixture("org.salesengine.data.tests", "rules/" + rule.code());
			assertTrue(Files.isDirectory(data), "rule " + rule.code() + " is from data: add " + data);
			assertEquals(List.of(), loader.load(List.of(data)).findings().stream().filter(f -> f.code().equals(rule.code())).toList());
			return;
		}
		Path fixture = fixtureOf(rule);
		LoadedEngines loaded = loader.load(List.of(fixture));
		List<String> expected = new ArrayList<>();
		List<String> clean = new ArrayList<>();
		for (Path file : loaded.files()) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
			for (int i = 0; i < lines.size(); i++) {
				Matcher marker = MARKER.matcher(lines.get(i));
				if (marker.find() && Stream.of(marker.group(2).split(",")).map(String::trim).anyMatch(rule.code()::equals)) {
					(marker.group(1).equals("expect") ? expected : clean).add(file.getFileName() + ":" + (i + 1));
				}
			}
		}
		assertFalse(expected.isEmpty(), "the fixture of " + rule.code() + " shows it firing nowhere");
		assertFalse(clean.isEmpty(), "the fixture of " + rule.code() + " shows it silent nowhere");

		List<Finding> fired = loaded.findings().stream().filter(f -> f.code().equals(rule.code())).toList();
		List<String> actual = fired.stream().map(f -> Path.of(f.file()).getFileName() + ":" + f.line()).sorted().toList();
		assertEquals(expected.stream().sorted().toList(), actual, () -> "findings of " + rule.code() + ":\n"
				+ String.join("\n", fired.stream().map(ExamplesTest::line).toList()));
		assertTrue(fired.stream().allMatch(f -> f.severity() == rule.severity()), "severity of " + rule.code());
		assertTrue(fired.stream().allMatch(f -> !f.message().isBlank()));
	}

	static Path fixtureOf(Rule rule) throws IOException {
		Path file = TestFiles.fixture("org.salesengine.dsl.tests", "rules/" + rule.code() + ".sales");
		Path folder = TestFiles.fixture("org.salesengine.dsl.tests", "rules/" + rule.code());
		if (Files.isRegularFile(file)) {
			return file;
		}
		if (Files.isDirectory(folder)) {
			return folder;
		}
		throw new IOException("rule " + rule.code() + " has no fixture: add " + file + " or " + folder);
	}
}
