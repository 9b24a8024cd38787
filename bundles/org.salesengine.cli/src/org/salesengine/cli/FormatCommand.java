package org.salesengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.salesengine.cli.report.TextReport;
import org.salesengine.dsl.formatting2.EngineFormatting;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.dsl.validation.IssueCodes;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesengine format}: the canonical layout of .sales files, printed, checked or written in place. */
@Command(name = "format", mixinStandardHelpOptions = true,
		description = "Formats .sales files. Without an option, prints the formatted text. Files that do not parse are left alone.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done (or, with --check, every file is formatted)", "1:a file does not parse (or, with --check, needs formatting)",
				"2:usage or I/O problem" })
public class FormatCommand implements Callable<Integer> {

	static final class Mode {
		@Option(names = "--write", description = "rewrite the files in place (atomically: a temporary file is renamed over each)")
		boolean write;
		@Option(names = "--check", description = "change nothing; list the files that are not formatted and exit with 1 if there are any")
		boolean check;
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders")
	List<Path> paths;

	@ArgGroup(exclusive = true)
	Mode mode = new Mode();

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		LoadedEngines loaded;
		try {
			loaded = Language.injector().getInstance(EngineLoader.class).load(paths);
		} catch (SourceFiles.UsageProblem e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		EngineFormatting formatting = Language.injector().getInstance(EngineFormatting.class);
		int result = ExitCodes.OK;
		for (Finding unreadable : loaded.findings()) {
			if (isUnparsable(unreadable)) {
				err.println(TextReport.line(unreadable));
				result = ExitCodes.FINDINGS;
			}
		}
		for (LoadedEngines.SourceFile source : loaded.sources()) {
			String path = source.path().toString();
			if (loaded.findings().stream().anyMatch(f -> f.file().equals(path) && isUnparsable(f))) {
				continue;
			}
			String original = source.resource().getParseResult().getRootNode().getText();
			String formatted;
			try {
				formatted = formatting.format(source.resource());
			} catch (RuntimeException e) {
				// Xtext's formatter cannot lay out a model the parser had to repair, such as a block with two 'won'
				// outcomes (only the last one is kept). The file's errors say what to fix; the file is left alone.
				List<Finding> errors = loaded.findings().stream().filter(f -> f.file().equals(path) && f.isError()).toList();
				errors.forEach(f -> err.println(TextReport.line(f)));
				err.println("salesengine: " + path + ": not formatted: "
						+ (errors.isEmpty() ? "the formatter failed (" + e.getClass().getSimpleName() + ")" : "fix the errors above first"));
				result = ExitCodes.FINDINGS;
				continue;
			}
			if (mode.check) {
				if (!formatted.equals(original)) {
					out.println(path + ": not formatted");
					result = ExitCodes.FINDINGS;
				}
			} else if (mode.write) {
				if (!formatted.equals(original)) {
					try {
						AtomicFiles.write(source.path(), formatted);
						out.println(path + ": formatted");
					} catch (IOException e) {
						err.println("salesengine: " + path + ": cannot write (" + e.getMessage() + ")");
						return ExitCodes.USAGE;
					}
				}
			} else {
				out.print(formatted);
			}
		}
		out.flush();
		return result;
	}

	private static boolean isUnparsable(Finding finding) {
		return finding.code().equals(IssueCodes.SYNTAX) || finding.code().equals(IssueCodes.ENCODING)
				|| finding.code().equals(IssueCodes.INVALID_VALUE);
	}
}
