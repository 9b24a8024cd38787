package org.salesengine.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.junit.jupiter.api.Test;
import org.salesengine.cli.Language;
import org.salesengine.dsl.formatting2.EngineFormatting;
import org.salesengine.generator.EngineGenerator;
import org.salesengine.model.Engine;
import org.salesengine.testing.TestFiles;

/**
 * For every example and 1,000 generated engines (more with -Droundtrip.engines=N), with their white space scrambled:
 * parse → format → parse gives an equal model, formatting the result again changes nothing, and every comment
 * survives. Generated engines are already formatted, so the scrambling is what gives the formatter work.
 */
class FormatterRoundTripTest {
	private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	private final EngineFormatting formatting = Language.injector().getInstance(EngineFormatting.class);
	private final ISerializer serializer = Language.injector().getInstance(ISerializer.class);

	@Test
	void examplesRoundTrip() throws IOException {
		for (Path example : TestFiles.examples()) {
			String text = Files.readString(example, StandardCharsets.UTF_8);
			assertRoundTrip(example.getFileName().toString(), text);
			assertRoundTrip(example.getFileName() + " scrambled", scramble(text, new Random(example.hashCode())));
		}
	}

	@Test
	void generatedEnginesRoundTrip() {
		int engines = Integer.getInteger("roundtrip.engines", 1_000);
		List<String> failures = new ArrayList<>();
		for (int seed = 0; seed < engines && failures.size() < 5; seed++) {
			Random random = new Random(seed);
			// Mostly one small region in one file; every tenth engine split by pillar, each file formatted on its own.
			Map<String, String> files = EngineGenerator.generate(seed, 40 + random.nextInt(160), seed % 10 == 0 ? 6 : 1);
			for (Map.Entry<String, String> file : files.entrySet()) {
				String name = "seed " + seed + " " + file.getKey();
				try {
					assertRoundTrip(name, scramble(file.getValue(), random));
				} catch (AssertionError e) {
					failures.add(name + ": " + e.getMessage());
				}
			}
		}
		assertTrue(failures.isEmpty(), () -> String.join("\n\n", failures));
	}

	/**
	 * The serializer's round trip over the same generated engines, unscrambled: serializing the parsed model and parsing
	 * the result gives an equal model, for every construct the generator writes (tiers, quotas by quarter, draws,
	 * clawbacks, MBOs, territories, channels, teams within teams, rituals led by two roles).
	 */
	@Test
	void generatedEnginesSerializeToAnEqualModel() {
		int engines = Integer.getInteger("roundtrip.engines", 1_000);
		List<String> failures = new ArrayList<>();
		for (int seed = 0; seed < engines && failures.size() < 5; seed++) {
			Random random = new Random(seed);
			for (Map.Entry<String, String> file : EngineGenerator.generate(seed, 40 + random.nextInt(160), 1).entrySet()) {
				XtextResource original = parse(file.getValue());
				String serialized = serializer.serialize(original.getContents().get(0));
				if (!EcoreUtil.equals(original.getContents().get(0), parse(serialized).getContents().get(0))) {
					failures.add("seed " + seed + ": the model changed when serialized:\n" + serialized);
				}
			}
		}
		assertTrue(failures.isEmpty(), () -> String.join("\n\n", failures));
	}

	private void assertRoundTrip(String name, String text) {
		XtextResource original = parse(text);
		String formatted = formatting.format(original);
		XtextResource again = parse(formatted);
		assertTrue(EcoreUtil.equals(original.getContents().get(0), again.getContents().get(0)),
				() -> name + ": the model changed when formatted:\n" + formatted);
		assertEquals(formatted, formatting.format(again), () -> name + ": formatting twice changes the text");
		assertEquals(comments(text), comments(formatted), () -> name + ": comments must survive formatting");
		assertTrue(!formatted.equals(text) || !text.contains("\t"), () -> name + ": scrambled text came back unchanged");
	}

	/**
	 * Adds white space where there already is some, outside strings and comments: spaces become runs of spaces and
	 * tabs, line breaks get blank lines and stray indentation. The tokens and their order do not change.
	 */
	static String scramble(String text, Random random) {
		StringBuilder out = new StringBuilder(text.length() * 2);
		boolean inString = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!inString && (text.startsWith("//", i) || text.startsWith("/*", i))) {
				int end = text.startsWith("//", i) ? text.indexOf('\n', i) : text.indexOf("*/", i) + 2;
				end = end < i ? text.length() : end;
				out.append(text, i, end);
				i = end - 1;
				continue;
			}
			if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
				inString = !inString;
			}
			out.append(c);
			if (inString) {
				continue;
			}
			if (c == ' ' && random.nextInt(3) == 0) {
				out.append(random.nextBoolean() ? "\t" : "   ");
			} else if (c == '\n' && random.nextInt(4) == 0) {
				out.append(random.nextBoolean() ? "\n" : "\t ");
			}
		}
		return out.toString();
	}

	private static XtextResource parse(String text) {
		XtextResourceSet resourceSet = Language.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/engine.sales"));
		try {
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), Map.of());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors() + "\n" + text);
		assertTrue(resource.getContents().get(0) instanceof Engine);
		return resource;
	}

	private static List<String> comments(String text) {
		Matcher matcher = COMMENT.matcher(text.replace("\r\n", "\n"));
		return matcher.results().map(m -> m.group().strip()).toList();
	}
}
