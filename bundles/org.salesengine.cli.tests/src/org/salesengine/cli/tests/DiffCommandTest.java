package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.cli.diff.DiffMarkdown;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code salesengine diff}: element changes by qualified name, findings introduced and resolved, figures, git. */
class DiffCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;

	/** A small clean engine; each test writes a variant of it as NEW. */
	private static final String BASE = """
			engine Tiny {
			  currency EUR
			  period 2027-01-01 to 2027-12-31
			  strategy {
			    revenue target 10M
			    objective Growth { priority 1 }
			    objective Later { priority 2 }
			  }
			  structure {
			    role AE { headcount 10 carries quota }
			    process Sales { produces NewARR average deal 50k
			      stage Qualify { owner AE exit "Budget confirmed" conversion 40% duration 10 days }
			      stage Close { owner AE exit "Signed" conversion 50% duration 20 days }
			      won Won lost Lost }
			  }
			  culture { ritual Review { cadence weekly led by AE attended by AE reviews NewARR, Calls } }
			  metrics {
			    kpi NewARR { unit currency lagging target 10M supports Growth owner AE }
			    kpi Calls { unit count leading target 5000 supports Growth, Later owner AE }
			  }
			  compensation { plan AEPlan for AE { on target earnings 150k mix 50/50
			    measure NewARR weight 100% { quota 1.1M threshold 50% cap 200% } } }
			}
			""";

	@TempDir
	Path temp;

	private Path write(String name, String text) throws IOException {
		Path file = temp.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private JsonObject engineDiff(String newText) throws IOException {
		Path old = write("old/tiny.sales", BASE);
		Path now = write("new/tiny.sales", newText);
		CliRun run = SALESENGINE.run("diff", old.toString(), now.toString(), "--format", "json");
		assertEquals(0, run.exitCode(), run.err());
		return JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("engines").get(0).getAsJsonObject();
	}

	private static List<String> changes(JsonObject engine) {
		List<String> result = new ArrayList<>();
		for (var e : engine.getAsJsonArray("elements")) {
			JsonObject element = e.getAsJsonObject();
			StringBuilder line = new StringBuilder(element.get("kind").getAsString() + " " + element.get("type").getAsString()
					+ " " + element.get("element").getAsString());
			if (element.get("kind").getAsString().equals("renamed")) {
				line.append(" from ").append(element.get("oldId").getAsString());
			}
			for (var p : element.getAsJsonArray("properties")) {
				JsonObject property = p.getAsJsonObject();
				line.append("; ").append(property.get("property").getAsString()).append(" ")
						.append(property.get("before").getAsString()).append(" → ").append(property.get("after").getAsString());
			}
			result.add(line.toString());
		}
		return result;
	}

	private static List<String> codes(JsonObject engine, String side) {
		JsonArray findings = engine.getAsJsonArray(side);
		List<String> result = new ArrayList<>();
		findings.forEach(f -> result.add(f.getAsJsonObject().get("code").getAsString() + " " + f.getAsJsonObject().get("element").getAsString()));
		return result;
	}

	@Test
	void anAddedElement() throws IOException {
		JsonObject diff = engineDiff(BASE.replace("role AE { headcount 10 carries quota }",
				"role AE { headcount 10 carries quota }\n    role SE { headcount 2 }"));
		assertEquals(List.of("added role Tiny.SE"), changes(diff));
	}

	@Test
	void aRemovedElement() throws IOException {
		JsonObject diff = engineDiff(BASE.replace("    objective Later { priority 2 }\n", "").replace("Growth, Later", "Growth"));
		// Calls no longer supports Later: a change of the KPI, by the objective's id.
		assertEquals(List.of("removed objective Tiny.Later", "changed KPI Tiny.Calls; supports Tiny.Growth, Tiny.Later → Tiny.Growth"),
				changes(diff));
	}

	@Test
	void changedPropertiesInTheLanguagesOwnForm() throws IOException {
		JsonObject diff = engineDiff(BASE.replace("headcount 10", "headcount 12").replace("conversion 40%", "conversion 45%")
				.replace("quota 1.1M", "quota 1.2M").replace("cadence weekly", "cadence biweekly"));
		assertEquals(List.of("changed role Tiny.AE; headcount 10 → 12", "changed stage Tiny.Sales.Qualify; conversion 40% → 45%",
				"changed ritual Tiny.Review; cadence weekly → fortnightly", "changed measure Tiny.AEPlan.NewARR; quota 1.1M → 1.2M"),
				changes(diff));
		// The figures: street quota 1.1M × 10 = 11M → 1.2M × 12 = 14.4M; pay at target 150k × 10 = 1.5M → 150k × 12 = 1.8M.
		JsonArray figures = diff.getAsJsonArray("figures");
		assertEquals(11_000_000, value(figures, "street-quota", 0), 0.5);
		assertEquals(14_400_000, value(figures, "street-quota", 1), 0.5);
		assertEquals(1_500_000, value(figures, "pay-at-target", 0), 0.5);
		assertEquals(1_800_000, value(figures, "pay-at-target", 1), 0.5);
	}

	private static double value(JsonArray rows, String key, int column) {
		for (var row : rows) {
			if (row.getAsJsonObject().get("key").getAsString().equals(key)) {
				return row.getAsJsonObject().getAsJsonArray("values").get(column).getAsDouble();
			}
		}
		throw new AssertionError(key);
	}

	@Test
	void aStageAndAPercentQuotaReadTheSameInDiffAndCompare() throws IOException {
		String base = BASE.replace("    kpi Calls {", "    kpi WinRate { unit percent lagging target 25% supports Growth owner AE }\n    kpi Calls {")
				.replace("measure NewARR weight 100% { quota 1.1M threshold 50% cap 200% }",
						"measure NewARR weight 80% { quota 1.1M threshold 50% cap 200% }\n    measure WinRate weight 20% { quota 25% }");
		Path old = write("old/tiny.sales", base);
		Path now = write("new/tiny.sales", base.replace("conversion 50%", "conversion 55%").replace("target 25%", "target 30%")
				.replace("quota 25%", "quota 30%"));
		CliRun json = SALESENGINE.run("diff", old.toString(), now.toString(), "--format", "json");
		assertEquals(0, json.exitCode(), json.err());
		JsonObject diff = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("engines").get(0).getAsJsonObject();
		// The stage as the language writes it, within its process; a percent KPI's target and quota as percentages.
		assertEquals(List.of("changed stage Tiny.Sales.Close; conversion 50% → 55%", "changed KPI Tiny.WinRate; target 25% → 30%",
				"changed measure Tiny.AEPlan.WinRate; quota 25% → 30%"), changes(diff));
		String text = SALESENGINE.run("diff", old.toString(), now.toString()).out();
		assertTrue(text.contains("""
				  ~ stage Sales.Close
				      conversion: 50% → 55%
				  ~ KPI WinRate
				      target: 25% → 30%
				  ~ measure AEPlan.WinRate
				      quota: 25% → 30%
				"""), text);

		// The same change as a scenario of the old engine: compare names the element with the same id, the values alike.
		write("old/scenarios.sales", "engine Tiny { scenarios { scenario Better { set Sales.Close.conversion 55% set AEPlan.WinRate.quota 30% } } }\n");
		CliRun compare = SALESENGINE.run("compare", old.getParent().toString(), "--format", "json");
		assertEquals(0, compare.exitCode(), compare.err());
		JsonArray changes = JsonParser.parseString(compare.out()).getAsJsonObject().getAsJsonArray("scenarios").get(1).getAsJsonObject()
				.getAsJsonArray("changes");
		List<String> scenario = new ArrayList<>();
		changes.forEach(c -> scenario.add(c.getAsJsonObject().get("element").getAsString() + " " + c.getAsJsonObject().get("before").getAsString()
				+ " → " + c.getAsJsonObject().get("after").getAsString()));
		assertEquals(List.of("Tiny.Sales.Close 50% → 55%", "Tiny.AEPlan.WinRate 25% → 30%"), scenario);
		assertTrue(SALESENGINE.run("compare", old.getParent().toString()).out()
				.contains("\n  Better: Sales.Close.conversion 50% → 55%, AEPlan.WinRate.quota 25% → 30%\n"));
	}

	@Test
	void aRenameWithNothingElseChangedIsARename() throws IOException {
		// Later is referenced by Calls: the rename changes that reference too, which is reported on Calls.
		JsonObject diff = engineDiff(BASE.replace("objective Later", "objective Someday").replace("Growth, Later", "Growth, Someday"));
		assertEquals(List.of("renamed objective Tiny.Someday from Tiny.Later",
				"changed KPI Tiny.Calls; supports Tiny.Growth, Tiny.Later → Tiny.Growth, Tiny.Someday"), changes(diff));
	}

	@Test
	void aRenameWithAnotherChangeIsARemovalAndAnAddition() throws IOException {
		JsonObject diff = engineDiff(BASE.replace("objective Later { priority 2 }", "objective Someday { priority 3 }")
				.replace("Growth, Later", "Growth, Someday"));
		assertEquals(List.of("removed objective Tiny.Later", "added objective Tiny.Someday",
				"changed KPI Tiny.Calls; supports Tiny.Growth, Tiny.Later → Tiny.Growth, Tiny.Someday"), changes(diff));
	}

	@Test
	void findingsIntroducedAndResolved() throws IOException {
		// Introduced: a conversion of 140% (conversion-out-of-range). Resolved: nothing... the base is clean, so the
		// reverse diff resolves it.
		String broken = BASE.replace("conversion 50%", "conversion 140%");
		JsonObject forward = engineDiff(broken);
		assertEquals(List.of("conversion-out-of-range Tiny.Close"), codes(forward, "introduced"));
		assertEquals(List.of(), codes(forward, "resolved"));
		Path old = write("back/old.sales", broken);
		Path now = write("back/new/tiny.sales", BASE);
		JsonObject backward = JsonParser.parseString(SALESENGINE.run("diff", old.toString(), now.toString(), "--format", "json").out())
				.getAsJsonObject().getAsJsonArray("engines").get(0).getAsJsonObject();
		assertEquals(List.of(), codes(backward, "introduced"));
		assertEquals(List.of("conversion-out-of-range Tiny.Close"), codes(backward, "resolved"));

		// In text the biggest shift, a sentence, goes under the figures' table, old then new, not into a column.
		List<String> text = SALESENGINE.run("diff", old.toString(), now.toString()).lines();
		int at = text.indexOf("    biggest shift, old: " + figure(backward, "biggest-shift", 0));
		assertTrue(at > 0, String.join("\n", text));
		assertEquals("    biggest shift, new: " + figure(backward, "biggest-shift", 1), text.get(at + 1));
		assertTrue(text.stream().noneMatch(l -> l.matches("\\s+biggest shift\\s{2,}.*")), String.join("\n", text));
	}

	private static String figure(JsonObject engine, String key, int column) {
		for (var row : engine.getAsJsonArray("figures")) {
			if (row.getAsJsonObject().get("key").getAsString().equals(key)) {
				return row.getAsJsonObject().getAsJsonArray("values").get(column).getAsString();
			}
		}
		throw new AssertionError(key);
	}

	@Test
	void textNamesEveryChange() throws IOException {
		Path old = write("t/old.sales", BASE);
		Path now = write("t/new.sales", BASE.replace("headcount 10", "headcount 11"));
		CliRun run = SALESENGINE.run("diff", old.toString(), now.toString());
		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.lines();
		assertEquals("Design diff: " + old + " → " + now, lines.get(0));
		assertTrue(lines.contains("Engine Tiny: 0 added, 0 removed, 0 renamed, 1 changed; findings: 0 introduced, 0 resolved"), run.out());
		assertTrue(lines.contains("  ~ role AE"), run.out());
		assertTrue(lines.contains("      headcount: 10 → 11"), run.out());
		// 1.1M × 10 = 11M → 1.1M × 11 = 12.1M (121% of 10M: no finding)
		assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+street quota, nominal\\s+11M\\s+12\\.1M\\s+\\+1\\.1M")), run.out());
	}

	@Test
	void markdownForAPullRequest() throws IOException {
		Path old = write("m/old.sales", BASE);
		Path now = write("m/new.sales", BASE.replace("headcount 10", "headcount 11")
				.replace("objective Later { priority 2 }", "objective Later \"<b>Later</b> | soon\" { priority 2 }"));
		CliRun run = SALESENGINE.run("diff", old.toString(), now.toString(), "--format", "markdown");
		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.lines();
		assertEquals("## Sales engine design diff", lines.get(0));
		assertTrue(lines.contains("### Engine Tiny: 0 added, 0 removed, 0 renamed, 2 changed; findings: 0 introduced, 0 resolved"), run.out());
		assertTrue(lines.contains("| figure | old | new | Δ |"), run.out());
		assertTrue(lines.contains("| street quota, nominal | 11M | 12.1M | +1.1M |"), run.out());
		assertTrue(lines.contains("<details><summary>All element changes (2)</summary>"), run.out());
		assertTrue(lines.contains("| change | element | property | old | new |"), run.out());
		// The display name is model text: escaped, so it neither renders HTML nor splits the cell.
		assertTrue(lines.contains("| changed | objective Later | displayName | (none) | &lt;b&gt;Later&lt;/b&gt; \\| soon |"), run.out());
		assertEquals(lines.indexOf("</details>"), lines.lastIndexOf("</details>"));
	}

	@Test
	void markdownIsCappedWithANote() throws IOException {
		StringBuilder many = new StringBuilder(BASE.substring(0, BASE.lastIndexOf('}')));
		many.append("  metrics {\n");
		for (int i = 0; i < 400; i++) {
			many.append("    kpi Extra").append(i).append(" { unit count leading target ").append(i + 1).append(" }\n");
		}
		many.append("  }\n}\n");
		Path old = write("c/old.sales", BASE);
		Path now = write("c/new.sales", many.toString());
		CliRun run = SALESENGINE.run("diff", old.toString(), now.toString(), "--format", "markdown");
		assertEquals(0, run.exitCode(), run.err());
		// 400 KPIs added, each with two findings (orphan-kpi, unreviewed-kpi): 800 findings do not fit in the cap. The
		// comment stops within it, with the figures and the first findings (what a reviewer weighs first), and says so.
		String full = run.out();
		assertTrue(full.length() <= DiffMarkdown.MAX_CHARACTERS, String.valueOf(full.length()));
		assertTrue(full.contains("### Engine Tiny: 400 added, 0 removed, 0 renamed, 0 changed; findings: 800 introduced, 0 resolved"));
		assertTrue(full.contains("| warnings | 0 | 800 | +800 |"));
		assertTrue(full.strip().endsWith("more lines left out: the comment is capped at 60,000 characters; run `salesengine diff` for"
				+ " the whole list._"), full.substring(full.length() - 300));
		// A cap inside the <details> block closes it, so the comment still renders.
		List<String> lines = new ArrayList<>(List.of("## Sales engine design diff", "", "<details><summary>All element changes (200)</summary>", ""));
		for (int i = 0; i < 200; i++) {
			lines.add("| added | KPI Extra" + i + " |  |  |  |");
		}
		lines.add("</details>");
		String cut = DiffMarkdown.capped(lines, 2_000);
		assertTrue(cut.length() <= 2_000, String.valueOf(cut.length()));
		assertEquals(1, cut.split("</details>", -1).length - 1, cut);
		assertTrue(cut.indexOf("</details>") < cut.indexOf("more lines left out"), cut);
		assertTrue(cut.contains("more lines left out: the comment is capped at 2,000 characters"), cut);
		assertEquals(String.join("\n", lines) + "\n", DiffMarkdown.capped(lines, 100_000));
	}

	@Test
	void gitRevisionsOfATemporaryRepository() throws Exception {
		Path repo = temp.resolve("repo");
		Files.createDirectories(repo);
		git(repo, "init", "-q");
		git(repo, "config", "user.email", "test@example.org");
		git(repo, "config", "user.name", "Test");
		Files.writeString(repo.resolve("tiny.sales"), BASE);
		git(repo, "add", "tiny.sales");
		git(repo, "commit", "-q", "-m", "first");
		Files.writeString(repo.resolve("tiny.sales"), BASE.replace("headcount 10", "headcount 12"));
		git(repo, "commit", "-q", "-am", "more AEs");
		Files.writeString(repo.resolve("tiny.sales"), BASE.replace("headcount 10", "headcount 15"));

		CliRun committed = SALESENGINE.run("diff", "--git", "HEAD~1", "HEAD", "--repo", repo.toString(), "--format", "json");
		assertEquals(0, committed.exitCode(), committed.err());
		JsonObject engine = JsonParser.parseString(committed.out()).getAsJsonObject().getAsJsonArray("engines").get(0).getAsJsonObject();
		assertEquals(List.of("changed role Tiny.AE; headcount 10 → 12"), changes(engine));
		// REV2 left out: the working tree, with its uncommitted change; the working tree is left as it was.
		CliRun working = SALESENGINE.run("diff", "--git", "HEAD", "--repo", repo.toString(), "--format", "json");
		engine = JsonParser.parseString(working.out()).getAsJsonObject().getAsJsonArray("engines").get(0).getAsJsonObject();
		assertEquals(List.of("changed role Tiny.AE; headcount 12 → 15"), changes(engine));
		assertEquals(BASE.replace("headcount 10", "headcount 15"), Files.readString(repo.resolve("tiny.sales")));
		assertEquals("", new String(gitOutput(repo, "status", "--porcelain", "--untracked-files=all"), StandardCharsets.UTF_8)
				.replace(" M tiny.sales\n", ""));

		CliRun unknown = SALESENGINE.run("diff", "--git", "nope", "HEAD", "--repo", repo.toString());
		assertEquals(2, unknown.exitCode());
		assertEquals("salesengine: no revision 'nope' in the repository " + repo.toRealPath(), unknown.err().strip());
	}

	private static void git(Path repo, String... args) throws Exception {
		gitOutput(repo, args);
	}

	private static byte[] gitOutput(Path repo, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] out = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), new String(out, StandardCharsets.UTF_8));
		return out;
	}
}
