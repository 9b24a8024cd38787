package org.salesengine.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salesengine.data.calibration.Calibration;
import org.salesengine.data.calibration.CalibrationFindings;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.RuleSettings;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * The oracle of the rules from data, as RuleFixturesTest is for the others: fixtures/rules/CODE/ holds an engine
 * marked with {@code // expect: CODE} and {@code // clean: CODE} lines, and opportunities.csv, its CRM export. The
 * rule must fire on exactly the expected lines, with its catalogue severity.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class DataRuleFixturesTest {
	private static final Pattern MARKER = Pattern.compile("//\\s*(expect|clean):\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

	@Inject
	private EngineLoader loader;

	static List<Rule> dataRules() {
		return Arrays.stream(Rule.values()).filter(Rule::fromData).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dataRules")
	void firesExactlyWhereTheFixtureSays(Rule rule) throws Exception {
		Path folder = TestFiles.fixture("org.salesengine.data.tests", "rules/" + rule.code());
		LoadedEngines loaded = loader.load(List.of(folder));
		assertEquals(List.of(), loaded.findings().stream().filter(Finding::isError).toList(), "the fixture's engine is clean of errors");
		WholeEngine engine = loaded.engines().get(0);
		Calibration.Result result = Calibration.run(engine, folder.resolve("opportunities.csv"), Map.of(), null);
		List<Finding> fired = CalibrationFindings.of(result, RuleSettings.of(engine, Map.of()), resource -> resource.getURI().toFileString())
				.stream().filter(f -> f.code().equals(rule.code())).toList();
		List<String> expected = new ArrayList<>();
		List<String> clean = new ArrayList<>();
		for (Path file : loaded.files()) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				Matcher marker = MARKER.matcher(lines.get(i));
				if (marker.find() && Arrays.stream(marker.group(2).split(",")).map(String::trim).anyMatch(rule.code()::equals)) {
					(marker.group(1).equals("expect") ? expected : clean).add(file.getFileName() + ":" + (i + 1));
				}
			}
		}
		assertFalse(expected.isEmpty(), "the fixture of " + rule.code() + " shows it firing nowhere");
		assertFalse(clean.isEmpty(), "the fixture of " + rule.code() + " shows it silent nowhere");
		List<String> actual = fired.stream().map(f -> Path.of(f.file()).getFileName() + ":" + f.line()).distinct().sorted().toList();
		assertEquals(expected.stream().sorted().toList(), actual, () -> "findings of " + rule.code() + ":\n"
				+ String.join("\n", fired.stream().map(f -> f.line() + ":" + f.column() + " " + f.message()).toList()));
		assertTrue(fired.stream().allMatch(f -> f.severity() == rule.severity()), "severity of " + rule.code());
	}
}
