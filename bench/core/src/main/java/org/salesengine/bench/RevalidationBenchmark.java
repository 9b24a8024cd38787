package org.salesengine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.salesengine.dsl.SalesEngineStandaloneSetup;
import org.salesengine.generator.EngineGenerator;

import com.google.inject.Injector;

/**
 * What an editor does on every keystroke in a 5,000-line engine: a one-character edit (a headcount digit in the middle
 * of the file), then re-parse, re-link and re-validate the file. {@code update} is Xtext's partial re-parse, the path
 * the editor takes; {@code reparse} re-reads the whole text, for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xss16m" })
public class RevalidationBenchmark {
	@Param("5000")
	int lines;

	private XtextResource resource;
	private IResourceValidator validator;
	private String text;
	private int offset;
	private boolean flip;

	@Setup(Level.Trial)
	public void load() throws IOException {
		Injector injector = new SalesEngineStandaloneSetup().createInjectorAndDoEMFRegistration();
		Map<String, String> engine = EngineGenerator.generate(7, lines, 1);
		text = engine.values().iterator().next();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resource = (XtextResource) resourceSet.createResource(URI.createFileURI("/bench/engine.sales"));
		resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), Map.of());
		validator = injector.getInstance(IResourceValidator.class);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		if (!issues.isEmpty()) {
			throw new IllegalStateException("the generated engine should be clean: " + issues.get(0));
		}
		// The SDR headcount of the middle region: a digit whose change breaks no rule.
		int sdr = text.indexOf("\"Sales development representative\" { headcount ", text.length() / 2);
		offset = text.indexOf("headcount ", sdr) + "headcount ".length();
	}

	@Benchmark
	public List<Issue> update() {
		resource.update(offset, 1, nextDigit());
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	@Benchmark
	public List<Issue> reparse() throws IOException {
		String digit = nextDigit();
		text = text.substring(0, offset) + digit + text.substring(offset + 1);
		resource.reparse(text);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Alternates 3 and 4, so the text never drifts and every edit really changes it. */
	private String nextDigit() {
		flip = !flip;
		return flip ? "3" : "4";
	}
}
