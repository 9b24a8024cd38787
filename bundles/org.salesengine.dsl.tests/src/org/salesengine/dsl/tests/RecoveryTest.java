package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Role;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.ElementKinds;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * A stray token in any kind of block costs nothing but the token: every element of acme stays in the model, in its
 * place, and the only finding is the syntax error, which names the block and what it takes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class RecoveryTest {
	private static final String ACME = TestFiles.exampleText("acme.sales");

	@Inject
	private EngineLoader loader;
	@Inject
	private org.eclipse.xtext.validation.IResourceValidator validator;
	@TempDir
	Path dir;

	static Stream<Arguments> strayTokens() {
		return Stream.of(
				Arguments.of("engine", "currency EUR", "fiscal",
						"unexpected 'fiscal' in engine AcmeEmea: expected one of currency, period, description, strategy, structure, culture, metrics, compensation, rules, views, scenarios or '}'"),
				Arguments.of("strategy", "revenue target 16M", "12",
						"unexpected '12' in the strategy section: expected one of revenue target, run rate, seasonality, objective, segment or '}'"),
				Arguments.of("objective", "priority 1", ";",
						"unexpected ';' in objective NewLogos: expected one of priority, description or '}'"),
				Arguments.of("segment", "segment Installed \"Installed base\"", "{ owner }",
						"unexpected 'owner' in segment Installed: expected description or '}'"),
				Arguments.of("structure", "covers Installed }", "\"x\"",
						"unexpected '\"x\"' in the structure section: expected one of role, team, process, territory, channel or '}'"),
				Arguments.of("role", "headcount 12", "frobnicate",
						"unexpected 'frobnicate' in role AE: expected one of headcount, carries quota, ramp, hires, attrition, reports to, description or '}'"),
				Arguments.of("team", "members SDR, AE", "+",
						"unexpected '+' in team NewBusinessTeam: expected one of lead, members, covers, territory, description or '}'"),
				Arguments.of("process", "average deal 45k", "deals",
						"unexpected 'deals' in process NewBusiness: expected one of produces, territory, average deal, stage, won, lost, description or '}'"),
				Arguments.of("stage", "conversion 90%", "2027-01-01",
						"unexpected '2027-01-01' in stage Review: expected one of owner, exit, conversion, duration, description or '}'"),
				Arguments.of("culture", "reviews MeetingsBooked\n    }", "kpis",
						"unexpected 'kpis' in the culture section: expected one of behavior, ritual or '}'"),
				Arguments.of("behavior", "indicator MeetingsBooked", "(",
						"unexpected '(' in behavior FastFollowUp: expected one of expected of, during, indicator, reinforced by, description or '}'"),
				Arguments.of("ritual", "cadence daily", "weekly",
						"unexpected 'weekly' in ritual PipelineStandup: expected one of cadence, led by, attended by, reviews, description or '}'"),
				Arguments.of("metrics", "kpi DealsLost \"Deals lost\" { unit count lagging }", "kpis",
						"unexpected 'kpis' in the metrics section: expected kpi or '}' (did you mean 'kpi'?)"),
				Arguments.of("kpi", "target 1800", "meetings",
						"unexpected 'meetings' in KPI MeetingsBooked: expected one of unit, leading, lagging, target, supports, owner, source, formula, counts, sums, win rate of, channel, description or '}'"),
				Arguments.of("compensation", "from 2027-01-01 to 2027-03-31\n    }", "bonus",
						"unexpected 'bonus' in the compensation section: expected one of plan, spif or '}'"),
				Arguments.of("plan", "on target earnings 110k", "60/40",
						"unexpected '60' in plan AMPlan: expected one of on target earnings, mix, measure, mbo, payout, draw, clawback, description or '}'"),
				// After a quota's number the parser looks one token further (a list of quotas by period): SyntaxMessagesTest
				// has the message of a stray word there.
				Arguments.of("measure", "cap 200%", "meetings",
						"unexpected 'meetings' in measure MeetingsBooked: expected one of weight, individual, overlay, pooled, quota, threshold, accelerator, tiers, cap or '}'"),
				Arguments.of("spif", "rewards NewARR", "12%",
						"unexpected '12%' in SPIF MultiYear: expected one of rewards, bonus, from, description or '}'"),
				Arguments.of("rules", "period 2027-01-01 to 2027-12-31", "\n  rules { profile saas oops }",
						"unexpected 'oops' in the rules section: expected one of profile, rule or '}'"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("strayTokens")
	void aStrayTokenInABlockKeepsEveryOtherElement(String block, String anchor, String stray, String message) throws Exception {
		String text = insertAfter(ACME, anchor, " " + stray);
		int offset = text.indexOf(anchor) + anchor.length() + 1 + firstTokenIn(stray);
		assertOnlyFindingAndEveryElement(text, position(text, offset) + ": error: " + message + " [syntax]");
	}

	private void assertOnlyFindingAndEveryElement(String text, String finding) throws Exception {
		LoadedEngines loaded = load(text);
		assertEquals(List.of(finding), findings(loaded));
		assertEquals(elements(parse(ACME)), elements(loaded.sources().get(0).engine()));
	}

	static Stream<Arguments> braces() {
		return Stream.of(
				Arguments.of("a closing brace too many", "{ headcount 3 }", "{ headcount 3 } }",
						"20:50: error: unexpected '}' in the structure section: expected one of role, team, process, territory, channel or '}' [syntax]"),
				Arguments.of("a KPI inside a role", "{ headcount 3 }", "{ headcount 3 kpi Stray { unit count } }",
						"20:48: error: unexpected 'kpi' in role Manager: expected one of headcount, carries quota, ramp, hires,"
								+ " attrition, reports to, description or '}' [syntax]"),
				Arguments.of("a missing closing brace", "{ headcount 3 }", "{ headcount 3",
						"21:5: error: missing '}' before 'role' [syntax]"));
	}

	/** Braces out of pair: the block they belong to is read as far as it goes, the section around it goes on. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("braces")
	void bracesOutOfPairLoseNothingElse(String what, String written, String mistyped, String finding) throws Exception {
		assertOnlyFindingAndEveryElement(insertAfter(ACME, written, "").replace(written, mistyped), finding);
	}

	/** A block opened without its brace: its properties are skipped as stray words, every element stays. */
	@Test
	void aMissingOpeningBraceLosesOnlyThatBlocksProperties() throws Exception {
		assertOnlyFindingAndEveryElement(ACME.replace("\"Sales manager\" { headcount 3 }", "\"Sales manager\" headcount 3 }"),
				"20:34: error: unexpected 'headcount' in the structure section: expected one of role, team, process, territory, channel or '}' [syntax]");
	}

	/** A file cut short: the names that pointed into the lost part are not reported; the cut is. */
	@Test
	void aFileCutShortGivesOnlyTheSyntaxError() throws Exception {
		String cut = ACME.substring(0, ACME.indexOf("metrics {") + "metrics {\n    kpi NewARR".length());
		assertEquals(List.of("82:9: error: unexpected end of file (is the file cut short?), expected '}' [syntax]"), findings(load(cut)));
	}

	/** The first case of the issue: an unknown word at line 20 dropped the rest of the file and 8 warnings followed. */
	@Test
	void anUnknownWordInASectionGivesOnlyTheSyntaxError() throws Exception {
		assertOnlyFindingAndEveryElement(insertAfter(ACME, "  structure {", "\n    forecast monthly"),
				"20:5: error: unexpected 'forecast' in the structure section: expected one of role, team, process, territory, channel or '}' [syntax]");
	}

	/** The second case: an unknown word in a role gave nine false quota-role-without-plan errors. */
	@Test
	void anUnknownWordInARoleGivesOnlyTheSyntaxErrorAndKeepsTheRestOfTheRole() throws Exception {
		String text = insertAfter(ACME, "{ headcount 12 carries quota", " region DACH");
		LoadedEngines loaded = load(text);
		assertEquals(List.of("22:62: error: unexpected 'region' in role AE: expected one of headcount, carries quota, ramp, hires, attrition, reports to, description or '}' [syntax]"),
				findings(loaded));
		Role ae = EngineSections.roles(loaded.sources().get(0).engine()).get(2);
		assertEquals("AE", ae.getName());
		assertEquals(6, ae.getRamp().getValue(), "the ramp after the stray words is still read");
		assertEquals("Manager", ae.getReportsTo().getName());
	}

	/** A KPI written in the strategy section is kept and told where it goes; nothing else fires. */
	@Test
	void aKpiInTheStrategySectionIsOnlyMisplaced() throws Exception {
		String kpi = "    kpi DealsWon \"Deals won\" { unit count lagging }\n";
		String text = insertAfter(ACME.replace(kpi, ""), "revenue target 16M\n", kpi);
		assertEquals(List.of("8:9: error: KPI DealsWon is in the strategy section: a KPI is declared in the metrics section [misplaced-element]"),
				findings(load(text)));
	}

	/**
	 * A syntax error silences the rules that read the whole engine, and the rules that read one element only on the
	 * element that holds it: broken.sales with a stray word in role Director keeps exactly its one-element findings.
	 */
	@Test
	void aSyntaxErrorSilencesWholeEngineRulesButNotOneElementRules() throws Exception {
		String broken = TestFiles.exampleText("broken.sales");
		List<String> oneElement = new ArrayList<>();
		for (var finding : loader.load(List.of(TestFiles.example("broken.sales"))).findings()) {
			if (!org.salesengine.dsl.validation.Rule.byCode(finding.code()).readsWholeEngine()) {
				oneElement.add(finding.line() + ":" + finding.column() + ": " + finding.severityLabel() + ": " + finding.message()
						+ " [" + finding.code() + "]");
			}
		}
		// conversion-out-of-range, stage-without-exit, weights-not-100, mix-not-100, invalid-payout-curve, tiny-weight x2,
		// too-many-measures, process-without-outcome, unreinforced-behavior: every element-local finding of broken.
		assertEquals(10, oneElement.size(), String.join("\n", oneElement));
		List<String> expected = new ArrayList<>();
		expected.add("14:50: error: unexpected 'oops' in role Director: expected one of headcount, carries quota, ramp, hires, attrition, reports to, description or '}' [syntax]");
		expected.addAll(oneElement);
		List<String> actual = findings(load(insertAfter(broken, "{ headcount 1", " oops")));
		assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
	}

	/** An element-local rule is silent on the element whose text has the error: Close's conversion is not judged. */
	@Test
	void aSyntaxErrorInAnElementSilencesItsOwnRules() throws Exception {
		String broken = TestFiles.exampleText("broken.sales");
		List<String> actual = findings(load(insertAfter(broken, "conversion 140%", " oops")));
		assertEquals(0, actual.stream().filter(f -> f.contains("[conversion-out-of-range]")).count(), String.join("\n", actual));
		assertEquals(1, actual.stream().filter(f -> f.contains("[stage-without-exit]")).count(), "Qualify parsed completely");
	}

	/**
	 * Acme split over files, with AMPlan taken out (role AM would carry quota with no plan) and a stray word in another
	 * file of the engine: the whole-engine rule is silent in every file of Acme, and still fires in engine Globex of
	 * the same folder, which has no syntax error and lost its plan too.
	 */
	@Test
	void aSyntaxErrorInOneFileSilencesWholeEngineRulesInEveryFileOfThatEngineOnly() throws Exception {
		Path split = TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split");
		try (var files = Files.list(split)) {
			for (Path file : files.toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
		edit("compensation.sales", text -> text.substring(0, text.indexOf("    plan AMPlan")) + text.substring(text.indexOf("    spif MultiYear")));
		edit("zz-other-engine.sales", text -> text.replaceAll("(?m)^    plan AEPlan.*\n", ""));
		List<String> before = filesAndFindings(loader.load(List.of(dir)));
		List<String> globex = before.stream().filter(f -> f.startsWith("zz-other-engine.sales")).toList();
		assertEquals(List.of("strategy.sales:7:20: warning: street quota 13.2M (AEPlan 1.1M × 12) is 82.5% of the revenue target 16M:"
				+ " if every rep hits quota the target is still missed [quota-under-assigned]",
				"structure.sales:7:10: error: role AM carries quota but no plan pays it [quota-role-without-plan]"),
				before.stream().filter(f -> !globex.contains(f)).toList());
		assertEquals(true, globex.contains("zz-other-engine.sales:7:10: error: role AE carries quota but no plan pays it [quota-role-without-plan]"),
				globex.toString());

		edit("metrics.sales", text -> insertAfter(text, "target 12M", " oops"));
		List<String> expected = new ArrayList<>(List.of("metrics.sales:5:40: error: unexpected 'oops' in KPI NewARR: expected one of unit,"
				+ " leading, lagging, target, supports, owner, source, formula, counts, sums, win rate of, channel, description or '}' [syntax]"));
		expected.addAll(globex);
		assertEquals(expected, filesAndFindings(loader.load(List.of(dir))));
	}

	/** An element without a name (only the model API makes one without a syntax error) is named by its line. */
	@Test
	void anUnnamedElementIsNamedByItsLineInMessages() throws Exception {
		// A KPI supports the objective but nobody is paid on it: two findings that name the objective.
		LoadedEngines loaded = load("engine U {\n  strategy {\n    objective Grow { priority 1 }\n  }\n"
				+ "  metrics { kpi Arr { unit currency lagging supports Grow } }\n}\n");
		Engine engine = loaded.sources().get(0).engine();
		EngineSections.objectives(engine).get(0).setName(null);
		List<String> messages = validator.validate(engine.eResource(), org.eclipse.xtext.validation.CheckMode.ALL,
				org.eclipse.xtext.util.CancelIndicator.NullImpl).stream().map(i -> i.getMessage()).sorted().toList();
		assertEquals(List.of("no plan of a quota-carrying role pays on a KPI that supports objective (unnamed, line 3), the priority-1 objective",
				"objective (unnamed, line 3) is supported only by lagging KPIs (Arr): no early signal"), messages);
	}

	private void edit(String file, java.util.function.UnaryOperator<String> change) throws Exception {
		Path path = dir.resolve(file);
		Files.writeString(path, change.apply(Files.readString(path)));
	}

	private static List<String> filesAndFindings(LoadedEngines loaded) {
		return loaded.findings().stream().filter(f -> f.severity() != org.eclipse.xtext.diagnostics.Severity.INFO)
				.map(f -> Path.of(f.file()).getFileName() + ":" + f.line() + ":" + f.column() + ": " + f.severityLabel() + ": "
						+ f.message() + " [" + f.code() + "]").sorted().toList();
	}

	private LoadedEngines load(String text) throws Exception {
		Path file = dir.resolve("engine.sales");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return loader.load(List.of(file));
	}

	private Engine parse(String text) throws Exception {
		Path file = dir.resolve("reference.sales");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		Engine engine = loader.load(List.of(file)).sources().get(0).engine();
		assertNotNull(engine);
		return engine;
	}

	/** Every element by kind, id and container, in document order: a moved or lost element shows. */
	static List<String> elements(Engine engine) {
		List<String> result = new ArrayList<>();
		for (var it = engine.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof NamedElement || element instanceof Measure) {
				result.add(ElementKinds.of(element) + " " + ElementIds.of(element) + " in " + element.eContainer().eClass().getName());
			}
		}
		return result;
	}

	static List<String> findings(LoadedEngines loaded) {
		return loaded.findings().stream()
				.map(f -> f.line() + ":" + f.column() + ": " + f.severityLabel() + ": " + f.message() + " [" + f.code() + "]").toList();
	}

	static String insertAfter(String text, String anchor, String insert) {
		int at = text.indexOf(anchor);
		assertEquals(-1, text.indexOf(anchor, at + 1), "the anchor '" + anchor + "' is not unique");
		return text.substring(0, at + anchor.length()) + insert + text.substring(at + anchor.length());
	}

	/** Where the error goes: the first token of the inserted text that is not a brace or white space. */
	private static int firstTokenIn(String stray) {
		int i = 0;
		while (i < stray.length() && (Character.isWhitespace(stray.charAt(i)) || stray.charAt(i) == '{')) {
			i++;
		}
		if (stray.startsWith("rules {", i)) {
			return stray.indexOf("oops");
		}
		return i;
	}

	private static String position(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return line + ":" + (offset - lineStart + 1);
	}
}
