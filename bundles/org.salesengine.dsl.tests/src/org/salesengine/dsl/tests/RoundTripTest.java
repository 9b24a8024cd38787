package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salesengine.dsl.formatting2.EngineFormatting;
import org.salesengine.model.Engine;

import com.google.inject.Inject;
import org.salesengine.testing.TestFiles;

/**
 * parse → serialize → parse and parse → format → parse give an equal model (EcoreUtil.equals); formatting twice
 * changes nothing the second time; comments survive formatting.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class RoundTripTest {
	private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	@Inject
	private ParseHelper<Engine> parser;
	@Inject
	private ISerializer serializer;
	@Inject
	private EngineFormatting formatting;

	static Stream<Path> samples() {
		return Stream.of(TestFiles.example("acme.sales"), TestFiles.example("broken.sales"), TestFiles.example("northwind.sales"), TestFiles.example("territories.sales"),
				TestFiles.fixture("org.salesengine.dsl.tests", "parser/every-construct.sales"), TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split/compensation.sales"),
				TestFiles.fixture("org.salesengine.dsl.tests", "rules/unit-mismatch.sales"));
	}

	@ParameterizedTest
	@MethodSource("samples")
	void serializingGivesAnEqualModel(Path sample) throws Exception {
		Engine original = parse(TestFiles.read(sample));
		String serialized = serializer.serialize(original);
		Engine again = parse(serialized);
		assertTrue(EcoreUtil.equals(original, again), () -> "not equal after serializing:\n" + serialized);
	}

	@ParameterizedTest
	@MethodSource("samples")
	void formattingGivesAnEqualModelAndIsStable(Path sample) throws Exception {
		String text = TestFiles.read(sample);
		Engine original = parse(text);
		String formatted = formatting.format((XtextResource) original.eResource());
		Engine again = parse(formatted);
		assertTrue(EcoreUtil.equals(original, again), () -> "not equal after formatting:\n" + formatted);
		assertEquals(formatted, formatting.format((XtextResource) again.eResource()), "formatting twice changes the text");
		assertEquals(comments(text), comments(formatted), "comments must survive formatting");
	}

	private Engine parse(String text) throws Exception {
		Engine engine = parser.parse(text);
		assertTrue(engine.eResource().getErrors().isEmpty(), () -> engine.eResource().getErrors() + "\n" + text);
		return engine;
	}

	private static List<String> comments(String text) {
		Matcher matcher = COMMENT.matcher(text.replace("\r\n", "\n"));
		return matcher.results().map(m -> m.group().strip()).toList();
	}
}
