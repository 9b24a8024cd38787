package org.salesengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.salesengine.generator.EngineGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesengine generate}: a synthetic, valid engine of a given size, for benchmarks and tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Writes a synthetic engine that passes 'check': the same seed, size and file count always give the same files.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:written", "2:usage or I/O problem" })
public class GenerateCommand implements Callable<Integer> {
	/** Beyond this the engine would not fit in memory when checked; no real organisation is that large. */
	static final int MAX_LINES = 5_000_000;

	@Spec
	CommandSpec spec;

	@Option(names = "--seed", defaultValue = "1", description = "random seed. Default: ${DEFAULT-VALUE}")
	long seed;

	@Option(names = "--lines", required = true, paramLabel = "N", description = "approximate size in lines (at least one region is written)")
	int lines;

	@Option(names = "--files", paramLabel = "K",
			description = "1: one file; K > 1: the head file plus K-1 files sharing the regions' sections. Default: one file per region plus the head")
	Integer files;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
	Path output;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (lines < 1 || lines > MAX_LINES) {
			err.println("salesengine: --lines must be between 1 and " + MAX_LINES + ", not " + lines);
			return ExitCodes.USAGE;
		}
		if (files != null && files < 1) {
			err.println("salesengine: --files must be 1 or more, not " + files);
			return ExitCodes.USAGE;
		}
		if (Files.exists(output) && !Files.isDirectory(output)) {
			err.println("salesengine: " + output + ": not a folder");
			return ExitCodes.USAGE;
		}
		Map<String, String> engine = EngineGenerator.generate(seed, lines, files == null ? 0 : files);
		try {
			EngineGenerator.write(engine, output);
		} catch (IOException e) {
			err.println("salesengine: " + output + ": cannot write (" + e.getMessage() + ")");
			return ExitCodes.USAGE;
		}
		out.println(output + ": " + engine.size() + (engine.size() == 1 ? " file, " : " files, ")
				+ EngineGenerator.lineCount(engine) + " lines (seed " + seed + ")");
		out.flush();
		return ExitCodes.OK;
	}
}
