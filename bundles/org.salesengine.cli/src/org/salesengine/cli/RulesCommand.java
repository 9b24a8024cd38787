package org.salesengine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.salesengine.cli.report.JsonReport;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.RuleCatalogue;
import org.salesengine.dsl.validation.RuleParameter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesengine rules}: the rule catalogue, for people (text, Markdown) and tools (JSON). */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule: code, severity, pillar and rationale.")
public class RulesCommand implements Callable<Integer> {

	enum Format {
		text, markdown, json
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", description = "text, markdown or json. Default: ${DEFAULT-VALUE}")
	Format format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		switch (format) {
			case markdown -> out.print(RuleCatalogue.markdown());
			case json -> JsonReport.writeRules(out);
			default -> {
				int width = 0;
				for (Rule rule : Rule.values()) {
					width = Math.max(width, rule.code().length());
				}
				for (Rule rule : Rule.values()) {
					out.printf("%-" + width + "s  %-7s  %-12s  %s%n", rule.code(), RuleCatalogue.severity(rule),
							rule.pillar().label(), rule.summary());
					for (RuleParameter parameter : rule.parameters()) {
						out.printf("%-" + width + "s    %s: %s (default %s)%n", "", parameter.name(), parameter.meaning(),
								RuleCatalogue.defaults(parameter));
					}
				}
			}
		}
		out.flush();
		return ExitCodes.OK;
	}
}
