package org.salesengine.dsl.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.salesengine.dsl.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Reads .sales files into one resource set (so engines split over files link up), validates every file and returns
 * the findings in file order. Input that cannot be read becomes a finding or a {@link SourceFiles.UsageProblem},
 * never an exception: a broken file must not hide the findings of the others.
 */
public class EngineLoader {
	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceFactory resourceFactory;
	@Inject
	private IResourceValidator validator;

	public LoadedEngines load(List<Path> paths) throws SourceFiles.UsageProblem {
		List<Path> files = SourceFiles.collect(paths);
		XtextResourceSet resourceSet = resourceSets.get();
		List<Finding> findings = new ArrayList<>();
		List<LoadedEngines.SourceFile> loaded = new ArrayList<>();
		for (Path file : files) {
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			} catch (IOException | OutOfMemoryError e) {
				throw new SourceFiles.UsageProblem(file + ": cannot read file (" + e.getMessage() + ")");
			}
			String text = decode(file, bytes, findings);
			if (text == null) {
				continue;
			}
			if (text.isBlank()) {
				findings.add(new Finding(file.toString(), 1, 1, 1, 1, Severity.ERROR, IssueCodes.SYNTAX,
						"the file is empty: expected an engine, such as engine Acme { ... }", ""));
				continue;
			}
			URI uri = URI.createFileURI(file.toAbsolutePath().toString());
			XtextResource resource = (XtextResource) resourceFactory.createResource(uri);
			resourceSet.getResources().add(resource);
			try {
				resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), Map.of());
			} catch (IOException e) {
				throw new SourceFiles.UsageProblem(file + ": cannot read file (" + e.getMessage() + ")");
			} catch (StackOverflowError e) {
				resourceSet.getResources().remove(resource);
				findings.add(new Finding(file.toString(), 1, 1, 1, 1, Severity.ERROR, IssueCodes.SYNTAX,
						"the file is nested too deeply to read (for example a formula inside thousands of parentheses)", ""));
				continue;
			}
			loaded.add(new LoadedEngines.SourceFile(file, resource));
		}
		for (LoadedEngines.SourceFile source : loaded) {
			findings.addAll(validate(source));
		}
		Map<String, Integer> fileOrder = new java.util.HashMap<>();
		for (Path file : files) {
			fileOrder.putIfAbsent(file.toString(), fileOrder.size());
		}
		findings.sort(Comparator.comparingInt((Finding f) -> fileOrder.getOrDefault(f.file(), Integer.MAX_VALUE))
				.thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::code));
		return new LoadedEngines(files, loaded, findings);
	}

	private List<Finding> validate(LoadedEngines.SourceFile source) {
		List<Finding> findings = new ArrayList<>();
		List<Issue> issues;
		try {
			issues = validator.validate(source.resource(), CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (StackOverflowError e) {
			return List.of(new Finding(source.path().toString(), 1, 1, 1, 1, Severity.ERROR, IssueCodes.SYNTAX,
					"the file is nested too deeply to check (for example a formula inside thousands of parentheses)", ""));
		}
		findings.addAll(Findings.of(source.path().toString(), source.resource(), issues));
		return findings;
	}


	/** Strict UTF-8: a file that is not valid UTF-8 gets one finding at the first bad byte and is not parsed. */
	static String decode(Path file, byte[] bytes, List<Finding> findings) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int bad = in.position();
			String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
			int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
			int column = before.length() - before.lastIndexOf('\n');
			StringBuilder hex = new StringBuilder();
			for (int i = bad; i < Math.min(bytes.length, bad + Math.max(1, result.length())); i++) {
				hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
			}
			findings.add(new Finding(file.toString(), line, column, line, column, Severity.ERROR, IssueCodes.ENCODING,
					"the file is not valid UTF-8: byte " + hex + " at byte offset " + bad
							+ " (save the file as UTF-8; binary files cannot be checked)", ""));
			return null;
		}
		out.flip();
		return out.toString();
	}
}
