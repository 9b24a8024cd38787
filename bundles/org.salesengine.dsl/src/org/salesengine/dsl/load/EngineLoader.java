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
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
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
	/**
	 * Checking takes about 80 bytes of memory per byte of text (the node model, the model, the index), so a file this
	 * large needs about 1 GB. A real engine of 100,000 lines is 5 MB; anything much larger is almost always the wrong
	 * file, and would exhaust the default heap before saying so.
	 */
	public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceFactory resourceFactory;
	@Inject
	private IResourceValidator validator;
	@Inject
	private IResourceDescription.Manager descriptionManager;

	public LoadedEngines load(List<Path> paths) throws SourceFiles.UsageProblem {
		return load(paths, Map.of());
	}

	/**
	 * Reads the files as {@link #load(List)} does, except those in {@code unsaved}, whose text is taken from there:
	 * an editor's buffer, or the files as an edit would leave them.
	 */
	public LoadedEngines load(List<Path> paths, Map<Path, String> unsaved) throws SourceFiles.UsageProblem {
		List<Path> files = SourceFiles.collect(paths);
		XtextResourceSet resourceSet = resourceSets.get();
		List<Finding> findings = new ArrayList<>();
		List<LoadedEngines.SourceFile> loaded = new ArrayList<>();
		for (Path file : files) {
			String replacement = unsaved.get(file);
			if (replacement != null) {
				add(file, replacement, resourceSet, findings, loaded);
				continue;
			}
			byte[] bytes;
			try {
				long size = Files.size(file);
				if (size > MAX_FILE_BYTES) {
					throw new SourceFiles.UsageProblem(file + ": the file is too large to check (" + megabytes(size)
							+ "; the limit is " + megabytes(MAX_FILE_BYTES) + " per file): split the engine over several files");
				}
				bytes = Files.readAllBytes(file);
			} catch (IOException | OutOfMemoryError e) {
				throw new SourceFiles.UsageProblem(file + ": cannot read file (" + e.getMessage() + ")");
			}
			String text = decode(file, bytes, findings);
			if (text != null) {
				add(file, text, resourceSet, findings, loaded);
			}
		}
		index(resourceSet, loaded);
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

	/** Parses one file's text into the resource set; an empty text or one nested too deeply is a finding. */
	private void add(Path file, String text, XtextResourceSet resourceSet, List<Finding> findings, List<LoadedEngines.SourceFile> loaded)
			throws SourceFiles.UsageProblem {
		if (text.isBlank()) {
			findings.add(new Finding(file.toString(), 1, 1, 1, 1, Severity.ERROR, IssueCodes.SYNTAX,
					"the file is empty: expected an engine, such as engine Acme { ... }", ""));
			return;
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
			return;
		}
		loaded.add(new LoadedEngines.SourceFile(file, resource));
	}

	/**
	 * Without an index on the resource set, Xtext answers every name lookup by asking each loaded file in turn, so
	 * linking an engine of F files cost F probes per reference. One index over the names every file exports, built
	 * once all files are loaded, makes each lookup a single hash probe. The files do not change after this point.
	 */
	private void index(XtextResourceSet resourceSet, List<LoadedEngines.SourceFile> loaded) {
		List<IResourceDescription> descriptions = new ArrayList<>(loaded.size());
		for (LoadedEngines.SourceFile source : loaded) {
			descriptions.add(descriptionManager.getResourceDescription(source.resource()));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
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


	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
