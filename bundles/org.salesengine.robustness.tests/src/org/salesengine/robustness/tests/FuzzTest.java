package org.salesengine.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.generator.EngineGenerator;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/**
 * Mutation fuzzing of check and format over the examples and generated engines, single files and multi-file engines.
 * The only acceptable outcomes are findings with exit 0 or 1, or one usage line with exit 2: no exception, no stack
 * trace, no hang over 10 s, no stack overflow. 300 seeded cases by default; more with -Dfuzz.cases=100000, another
 * sequence with -Dfuzz.seed=N. Every input that fails is saved under fixtures/fuzz-regressions/ (commit it), and every
 * saved input is replayed on every run.
 */
class FuzzTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final long DEFAULT_SEED = 20_270_101L;

	@TempDir
	Path dir;

	/** An engine to mutate: one file, or the files of a multi-file engine (one of which gets mutated). */
	private record Seed(String name, Map<String, byte[]> files) {
	}

	@Test
	void mutatedInputsGetDiagnosticsNeverCrashes() throws IOException {
		int cases = Integer.getInteger("fuzz.cases", 300);
		long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
		List<Seed> seeds = seeds();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < cases; i++) {
			Random random = new Random(seed * 1_000_003L + i);
			Seed base = seeds.get(random.nextInt(seeds.size()));
			List<String> mutations = new ArrayList<>();
			Path input = write(base, random, mutations, dir.resolve("case-" + i));
			String problem = judge(input, i % 3 == 0);
			if (problem != null) {
				Path saved = saveRegression(input, "seed" + seed + "-case" + i);
				failures.add("case " + i + " (" + base.name() + ", " + String.join(", ", mutations) + "): " + problem
						+ "\n  input saved as " + saved);
			}
			deleteRecursively(dir.resolve("case-" + i));
		}
		assertTrue(failures.isEmpty(), () -> failures.size() + " of " + cases + " mutated inputs broke the tool:\n"
				+ String.join("\n", failures));
	}

	@TestFactory
	Stream<DynamicTest> savedRegressionsStillPass() throws IOException {
		Path folder = regressions();
		if (!Files.isDirectory(folder)) {
			return Stream.empty();
		}
		List<Path> inputs;
		try (Stream<Path> list = Files.list(folder)) {
			inputs = list.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".sales")).sorted().toList();
		}
		return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
			String problem = judge(input, true);
			if (problem != null) {
				fail(problem);
			}
		}));
	}

	/** The first problem with how check (and optionally format) handled the input, or null. */
	private static String judge(Path input, boolean alsoFormat) {
		try {
			CliRun check = SALESENGINE.runGuarded("check", input.toString());
			String problem = check.checkProblem();
			if (problem != null) {
				return problem + "\n" + check.describe();
			}
			if (alsoFormat) {
				CliRun format = SALESENGINE.runGuarded("format", input.toString());
				problem = format.crashProblem();
				if (problem != null) {
					return "format: " + problem + "\n" + format.describe();
				}
			}
			return null;
		} catch (AssertionError e) {
			return e.getMessage() + (e.getCause() == null ? "" : " " + e.getCause());
		}
	}

	private static Path write(Seed base, Random random, List<String> mutations, Path caseDir) throws IOException {
		Files.createDirectories(caseDir);
		List<String> names = new ArrayList<>(base.files().keySet());
		String victim = names.get(random.nextInt(names.size()));
		for (Map.Entry<String, byte[]> file : base.files().entrySet()) {
			byte[] bytes = file.getKey().equals(victim) ? Mutator.mutate(file.getValue(), random, mutations) : file.getValue();
			Files.write(caseDir.resolve(file.getKey()), bytes);
		}
		return names.size() == 1 ? caseDir.resolve(victim) : caseDir;
	}

	private static List<Seed> seeds() throws IOException {
		List<Seed> seeds = new ArrayList<>();
		for (Path example : TestFiles.examples()) {
			seeds.add(new Seed(example.getFileName().toString(),
					Map.of(example.getFileName().toString(), Files.readAllBytes(example))));
		}
		for (long seed = 1; seed <= 3; seed++) {
			seeds.add(generated("generated engine " + seed, EngineGenerator.generate(seed, 250, 1)));
		}
		seeds.add(generated("generated 4-file engine", EngineGenerator.generate(4, 400, 4)));
		return seeds;
	}

	private static Seed generated(String name, Map<String, String> files) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((file, text) -> bytes.put(file, text.getBytes(StandardCharsets.UTF_8)));
		return new Seed(name, bytes);
	}

	/** Inputs that once broke the tool; every run replays them. */
	private static Path regressions() {
		return TestFiles.fixture("org.salesengine.robustness.tests", "fuzz-regressions");
	}

	private static Path saveRegression(Path input, String name) {
		try {
			Path target = regressions().resolve(Files.isDirectory(input) ? name : name + ".sales");
			Files.createDirectories(target.getParent());
			if (Files.isDirectory(input)) {
				Files.createDirectories(target);
				try (Stream<Path> files = Files.list(input)) {
					for (Path file : files.toList()) {
						Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					}
				}
			} else {
				Files.copy(input, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		} catch (IOException e) {
			return Path.of("(could not save: " + e.getMessage() + ")");
		}
	}

	private static void deleteRecursively(Path path) {
		try (Stream<Path> walk = Files.walk(path)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException | UncheckedIOException e) {
			// Left for @TempDir to clean up.
		}
	}
}
