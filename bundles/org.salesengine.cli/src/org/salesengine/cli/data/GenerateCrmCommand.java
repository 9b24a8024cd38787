package org.salesengine.cli.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.salesengine.cli.ExitCodes;
import org.salesengine.data.crm.CrmGenerator;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesengine generate-crm}: a made-up CRM export of a process, with known true rates (docs/data.md). */
@Command(name = "generate-crm", mixinStandardHelpOptions = true,
		description = "Writes a CRM opportunity export made up from a process of the engine, with a seed: the stages convert "
				+ "as declared, unless --plant sets another true conversion. For trying calibrate and for tests.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:written", "2:usage or I/O problem" })
public class GenerateCrmCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders of one engine")
	List<Path> paths;

	@Option(names = "--process", paramLabel = "NAME", description = "the process (default: the engine's first)")
	String processName;

	@Option(names = "--count", defaultValue = "1000", paramLabel = "N", description = "opportunities. Default: ${DEFAULT-VALUE}")
	int count;

	@Option(names = "--seed", defaultValue = "2027", paramLabel = "S", description = "random seed. Default: ${DEFAULT-VALUE}")
	long seed;

	@Option(names = "--plant", paramLabel = "STAGE=RATE", description = "a stage's true conversion, such as Proposal=25% (repeatable)")
	List<String> plants = List.of();

	@Option(names = { "-o", "--output" }, paramLabel = "FILE.csv", description = "where to write; without it, the export is printed")
	Path output;

	@Option(names = "--force", description = "replace an existing output file")
	boolean force;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (count < 1) {
			err.println("salesengine: --count must be at least 1");
			return ExitCodes.USAGE;
		}
		if (output != null && Files.exists(output) && !force) {
			err.println("salesengine: " + output + " already exists: give --force to replace it");
			return ExitCodes.USAGE;
		}
		OneEngine.Loaded one = OneEngine.load(paths, err);
		if (one == null) {
			return ExitCodes.USAGE;
		}
		WholeEngine engine = one.engine();
		SalesProcess process = engine.processes().stream().filter(p -> processName == null || processName.equals(p.getName()))
				.findFirst().orElse(null);
		if (process == null) {
			err.println("salesengine: " + (processName == null ? "the engine has no process"
					: "no process " + processName + " (the engine has " + String.join(", ", engine.processes().stream().map(SalesProcess::getName).toList()) + ")"));
			return ExitCodes.USAGE;
		}
		Map<String, Double> planted = new LinkedHashMap<>();
		for (String plant : plants) {
			int equals = plant.indexOf('=');
			String stage = equals < 0 ? plant : plant.substring(0, equals).strip();
			String rate = equals < 0 ? "" : plant.substring(equals + 1).strip();
			if (!rate.matches("\\d+(\\.\\d+)?%") || process.getStages().stream().noneMatch(s -> stage.equals(s.getName()))) {
				err.println("salesengine: --plant " + plant + ": expected STAGE=RATE with a stage of " + process.getName() + " and a percentage, such as "
						+ (process.getStages().isEmpty() ? "Lead" : process.getStages().get(0).getName()) + "=25%");
				return ExitCodes.USAGE;
			}
			planted.put(stage, new BigDecimal(rate.substring(0, rate.length() - 1)).movePointLeft(2).doubleValue());
		}
		org.salesengine.model.engine.Period period = engine.period();
		LocalDate from = period == null ? LocalDate.of(2027, 1, 1) : period.start();
		LocalDate to = period == null ? from.plusYears(1).minusDays(1) : period.end();
		CrmGenerator.Options options = new CrmGenerator.Options(count, seed, from, to, to, planted);
		try {
			if (output == null) {
				// Printed as it is made, so that an export of any size needs no memory for itself.
				CrmGenerator.write(process, options, out);
			} else {
				StringWriter csv = new StringWriter();
				CrmGenerator.write(process, options, csv);
				AtomicFiles.write(output, csv.toString());
				out.println("wrote " + output + " (" + count + " opportunities of " + process.getName() + ", seed " + seed + ")");
			}
		} catch (IOException e) {
			err.println("salesengine: " + output + ": cannot write (" + e.getMessage() + ")");
			return ExitCodes.USAGE;
		}
		return ExitCodes.OK;
	}
}
