package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.salesengine.dsl.diagnostics.SalesEngineSyntaxErrorMessages;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code salesengine}: check, format and explain sales engines declared in .sales files. */
@Command(name = "salesengine", mixinStandardHelpOptions = true, versionProvider = SalesEngineCli.Version.class,
		description = "Checks sales management systems (\"engines\") declared in .sales files: strategy, structure and "
				+ "processes, culture and behaviors, KPIs and compensation, and whether they line up.",
		subcommands = { CheckCommand.class, AnalyzeCommand.class, CompareCommand.class, DiffCommand.class, RenderCommand.class, ViewsCommand.class, TableCommand.class,
				ReportCommand.class, PlanDocsCommand.class, FormatCommand.class, EditCommand.class, RulesCommand.class, LspCommand.class,
				GenerateCommand.class, org.salesengine.cli.data.ImportCommand.class, org.salesengine.cli.data.CalibrateCommand.class,
				org.salesengine.cli.data.GenerateCrmCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors (warnings allowed)", "1:at least one error", "2:usage or I/O problem" })
public class SalesEngineCli implements Runnable {
	public static final String VERSION = "0.1.0";
	/** Deep enough for formulas nested thousands of parentheses deep; the memory is reserved, not committed. */
	private static final long STACK_BYTES = 512L * 1024 * 1024;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		// Listed from the registered commands, so a new command is never missing from the message.
		String commands = spec.subcommands().keySet().stream().filter(name -> !name.equals("help"))
				.collect(java.util.stream.Collectors.joining(", "));
		throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (" + commands + ")");
	}

	public static void main(String[] args) {
		// Guice (inside Xtext) generates classes at start-up and records where every binding was made; both cost start-up
		// time, the generated classes cannot come from the start-up cache, and a command line needs neither.
		defaultProperty("guice_bytecode_gen_option", "DISABLED");
		defaultProperty("guice_include_stack_traces", "OFF");
		int[] exit = { ExitCodes.USAGE };
		// UTF-8 whatever the locale: JSON and SARIF must be UTF-8, and the text output's arrows, deltas and ellipses
		// would print as '?' under the POSIX locale that many containers and CI runners have (LANG unset or C).
		Thread worker = new Thread(null, () -> exit[0] = execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8)), "salesengine", STACK_BYTES);
		worker.start();
		try {
			worker.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		System.exit(exit[0]);
	}

	private static void defaultProperty(String name, String value) {
		if (System.getProperty(name) == null) {
			System.setProperty(name, value);
		}
	}

	/** Runs one command line; output goes to the given writers. Never throws: failures become exit code 2. */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new SalesEngineCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		// A usage error is one line that says what is wrong and where the help is, for every command: the whole help
		// text after a typo buries the one line that matters.
		commandLine.setParameterExceptionHandler((exception, args2) -> {
			CommandLine cmd = exception.getCommandLine();
			cmd.getErr().println("salesengine: " + SalesEngineSyntaxErrorMessages.printable(String.valueOf(exception.getMessage()), 300)
					+ " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
			return ExitCodes.USAGE;
		});
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			cmd.getErr().println("salesengine: " + describe(exception));
			return ExitCodes.USAGE;
		});
		try {
			return commandLine.execute(args);
		} catch (StackOverflowError | OutOfMemoryError e) {
			err.println("salesengine: " + describe(e));
			return ExitCodes.USAGE;
		} finally {
			out.flush();
			err.flush();
		}
	}

	static String describe(Throwable problem) {
		if (problem instanceof StackOverflowError) {
			return "the input is nested too deeply to process";
		}
		if (problem instanceof OutOfMemoryError) {
			return "out of memory; give the JVM more with JAVA_OPTS=-Xmx2g";
		}
		String message = problem.getMessage();
		return "internal error: " + problem.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

	/** The version of this command-line tool. */
	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "salesengine " + VERSION, "Java " + System.getProperty("java.version") };
		}
	}
}
