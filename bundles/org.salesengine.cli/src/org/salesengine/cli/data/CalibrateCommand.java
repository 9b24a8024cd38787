package org.salesengine.cli.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.salesengine.cli.ExitCodes;
import org.salesengine.cli.Language;
import org.salesengine.cli.report.SarifReport;
import org.salesengine.data.calibration.Calibration;
import org.salesengine.data.calibration.CalibrationFindings;
import org.salesengine.data.calibration.ObservedScenario;
import org.salesengine.data.columns.ColumnMappings;
import org.salesengine.data.crm.CrmColumn;
import org.salesengine.data.sheet.SheetProblem;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.dsl.validation.IssueCodes;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.RuleSettings;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;
import org.salesengine.edit.EngineEditor;
import org.salesengine.edit.FileEdit;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesengine calibrate}: the design's conversions, durations, win rate, deal size and cycle against a CRM export. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
		description = "Sets each process's declared figures against a CRM opportunity export: observed value, sample size and 90% "
				+ "interval (Wilson for rates, Student's t for means), with assumption-optimistic and assumption-thin-data findings. "
				+ "--apply writes the observed figures as the scenario Observed.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors (warnings allowed, unless --fail-on-warning)", "1:an error finding, a warning with --fail-on-warning, or an export that cannot be read",
				"2:usage or I/O problem" })
public class CalibrateCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders of one engine")
	List<Path> paths;

	@Option(names = "--opportunities", required = true, paramLabel = "EXPORT.csv", description = "the CRM export, one row per opportunity")
	Path export;

	@Option(names = "--since", paramLabel = "DATE", description = "only opportunities created on or after this date (2027-01-01)")
	String since;

	@Option(names = "--columns", paramLabel = "MAPPING", description = "a mapping file for other column and stage names (docs/data.md)")
	Path columns;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif", description = "output format. Default: ${DEFAULT-VALUE}")
	String format;

	@Option(names = "--apply", description = "write the observed figures into the engine as the scenario Observed (atomically)")
	boolean apply;

	@Option(names = "--fail-on-warning", description = "exit with 1 when there is a warning, so CI can gate on optimistic assumptions")
	boolean failOnWarning;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!List.of("text", "json", "sarif").contains(format)) {
			err.println("salesengine: --format takes text, json or sarif, not '" + format + "'");
			return ExitCodes.USAGE;
		}
		LocalDate from = null;
		if (since != null) {
			try {
				from = LocalDate.parse(since);
			} catch (DateTimeParseException e) {
				err.println("salesengine: --since " + since + ": expected a date such as 2027-01-01");
				return ExitCodes.USAGE;
			}
		}
		if (!Files.isRegularFile(export)) {
			err.println("salesengine: " + export + ": no such file");
			return ExitCodes.USAGE;
		}
		Map<String, String> mapping;
		try {
			mapping = ColumnMappings.read(columns, CrmColumn.values(), true);
		} catch (ColumnMappings.MappingProblem e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		OneEngine.Loaded one = OneEngine.load(paths, err);
		if (one == null) {
			return ExitCodes.USAGE;
		}
		LoadedEngines loaded = one.files();
		List<Finding> unreadable = loaded.findings().stream().filter(CalibrateCommand::isUnreadable).toList();
		if (!unreadable.isEmpty()) {
			err.println("salesengine: " + unreadable.get(0).file() + ":" + unreadable.get(0).line() + ": the engine does not parse; 'salesengine check' says why");
			return ExitCodes.FINDINGS;
		}
		WholeEngine engine = one.engine();
		Calibration.Result result;
		try {
			result = Calibration.run(engine, export, mapping, from);
		} catch (SheetProblem e) {
			err.println(e.getMessage());
			return ExitCodes.FINDINGS;
		}
		result.problems().forEach(err::println);
		if (result.skipped() > result.problems().size()) {
			err.println("salesengine: and " + (result.skipped() - result.problems().size()) + " more unreadable rows skipped");
		}
		Map<Resource, String> files = new HashMap<>();
		loaded.sources().forEach(source -> files.put(source.resource(), source.path().toString()));
		RuleSettings settings = RuleSettings.of(engine, Map.of());
		List<Finding> findings = CalibrationFindings.of(result, settings, resource -> files.getOrDefault(resource, "?"));
		switch (format) {
			case "json" -> CalibrationJson.write(result, findings, out);
			case "sarif" -> SarifReport.write(findings, out);
			default -> CalibrationText.write(result, findings, out);
		}
		if (apply) {
			List<Path> sources = loaded.sources().stream().map(LoadedEngines.SourceFile::path).toList();
			int written = apply(result, engine, sources, settings, format.equals("text") ? out : err, err);
			if (written != ExitCodes.OK) {
				return written;
			}
		}
		boolean errors = findings.stream().anyMatch(Finding::isError);
		boolean warnings = findings.stream().anyMatch(f -> f.severityLabel().equals("warning"));
		return errors || failOnWarning && warnings ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/**
	 * Writes the scenario Observed through the edit operations (EngineEditor, as the workbench and {@code edit} do):
	 * minimal text edits, an existing Observed replaced where it stands. The edited text is read back before it is
	 * written, and written atomically; a scenario the language would not accept is never saved.
	 */
	private int apply(Calibration.Result result, WholeEngine engine, List<Path> sources, RuleSettings settings, PrintWriter note,
			PrintWriter err) {
		long min = (long) settings.value(Rule.ASSUMPTION_THIN_DATA, "min").low();
		List<ObservedScenario.Setting> sets = ObservedScenario.settings(result, min, Language.injector().getInstance(ScenarioProperties.class));
		if (sets.isEmpty()) {
			err.println("salesengine: no figure resting on " + min + " opportunities or more differs from the design: the scenario " + ObservedScenario.NAME + " is not written");
			return ExitCodes.FINDINGS;
		}
		EditOperation.PutScenario put = new EditOperation.PutScenario(ObservedScenario.NAME, ObservedScenario.title(result),
				sets.stream().map(s -> new EditOperation.PutScenario.Setting(s.element(), s.property(), s.value())).toList(), null);
		EditResult edit = Language.injector().getInstance(EngineEditor.class).apply(engine, put);
		if (!edit.applied()) {
			err.println("salesengine: the scenario " + ObservedScenario.NAME + " cannot be written: " + edit.message());
			return ExitCodes.USAGE;
		}
		if (edit.files().isEmpty()) {
			note.println("the scenario " + ObservedScenario.NAME + " already holds the figures observed in " + Path.of(result.export()).getFileName()
					+ ": nothing written");
			return ExitCodes.OK;
		}
		// The edited texts by the paths the loader named the files by (as given on the command line).
		Map<Path, String> unsaved = new LinkedHashMap<>();
		for (FileEdit file : edit.files()) {
			Path written = Path.of(file.path()).toAbsolutePath().normalize();
			Path source = sources.stream().filter(p -> p.toAbsolutePath().normalize().equals(written)).findFirst().orElse(written);
			unsaved.put(source, file.after());
		}
		try {
			LoadedEngines check = Language.injector().getInstance(EngineLoader.class).load(paths, unsaved);
			List<Finding> broken = check.findings().stream().filter(f -> unsaved.containsKey(Path.of(f.file())))
					.filter(f -> isUnreadable(f) || f.code().equals(IssueCodes.UNKNOWN_SCENARIO_PATH) || f.code().equals(IssueCodes.INVALID_SCENARIO_VALUE))
					.toList();
			if (!broken.isEmpty()) {
				err.println("salesengine: the scenario " + ObservedScenario.NAME + " would not be valid (" + broken.get(0).message() + "): nothing written");
				return ExitCodes.USAGE;
			}
		} catch (SourceFiles.UsageProblem e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		for (FileEdit file : edit.files()) {
			Path target = Path.of(file.path());
			try {
				if (!Files.readString(target).equals(file.before())) {
					err.println("salesengine: " + target + " changed while it was calibrated: nothing written");
					return ExitCodes.USAGE;
				}
			} catch (IOException e) {
				err.println("salesengine: " + target + ": cannot read (" + e.getMessage() + ")");
				return ExitCodes.USAGE;
			}
		}
		for (Map.Entry<Path, String> file : unsaved.entrySet()) {
			try {
				AtomicFiles.write(file.getKey(), file.getValue());
			} catch (IOException e) {
				err.println("salesengine: " + file.getKey() + ": cannot write (" + e.getMessage() + ")");
				return ExitCodes.USAGE;
			}
		}
		note.println("wrote " + String.join(", ", unsaved.keySet().stream().map(Path::toString).toList()) + ": " + edit.message()
				+ ", the figures observed in " + Path.of(result.export()).getFileName());
		return ExitCodes.OK;
	}

	private static boolean isUnreadable(Finding finding) {
		return finding.code().equals(IssueCodes.SYNTAX) || finding.code().equals(IssueCodes.ENCODING) || finding.code().equals(IssueCodes.INVALID_VALUE);
	}
}
