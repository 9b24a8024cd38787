package org.salesengine.data.crm;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.FunnelSizing;

/**
 * A CRM export made up from a process, with a seed: realistic data whose true rates are known, for tests and demos.
 * Opportunities are created uniformly over the period; at each stage an opportunity stays an exponentially
 * distributed number of days (mean: the stage's declared duration, 14 days where none is declared) and then moves on
 * with the stage's true conversion, or is lost there. The true conversion is the declared one unless {@code planted}
 * sets another, which is how a test plants a stage whose reality is far from the design. Won deals are worth a
 * log-normal amount whose mean is the process's average deal (σ = 0.5). An opportunity still in a stage on the export
 * date is open. The export has a stage history, so durations can be observed.
 */
public final class CrmGenerator {
	public static final List<String> HEADER = List.of("Opportunity ID", "Process", "Segment", "Owner Role", "Created Date", "Close Date",
			"Amount", "Stage", "Stage History", "Outcome");
	private static final int DEFAULT_DAYS = 14;
	private static final double AMOUNT_SIGMA = 0.5;

	/**
	 * @param planted  stage name → true conversion (a fraction), for the stages whose reality differs from the design
	 * @param exported the export date: opportunities undecided by then are open
	 */
	public record Options(int count, long seed, LocalDate from, LocalDate to, LocalDate exported, Map<String, Double> planted) {
	}

	private CrmGenerator() {
	}

	/** The true conversion of each stage: the planted one, else the declared one. */
	public static double[] trueConversions(SalesProcess process, Map<String, Double> planted) {
		List<Stage> stages = process.getStages();
		double[] rates = new double[stages.size()];
		for (int i = 0; i < rates.length; i++) {
			Stage stage = stages.get(i);
			Double plant = planted.get(stage.getName());
			rates[i] = plant != null ? plant : stage.getConversion() == null ? 0.5 : stage.getConversion().doubleValue();
		}
		return rates;
	}

	public static void write(SalesProcess process, Options options, Writer out) throws IOException {
		SplittableRandom random = new SplittableRandom(options.seed());
		List<Stage> stages = process.getStages();
		double[] rates = trueConversions(process, options.planted());
		double averageDeal = process.getAverageDeal() == null ? 10_000 : process.getAverageDeal().doubleValue();
		double mu = Math.log(averageDeal) - AMOUNT_SIGMA * AMOUNT_SIGMA / 2;
		String segment = process.getSegments().isEmpty() || process.getSegments().get(0).getName() == null ? ""
				: process.getSegments().get(0).getName();
		String won = process.getWon() == null ? "Won" : process.getWon().getName();
		String lost = process.getLost() == null ? "Lost" : process.getLost().getName();
		long span = Math.max(1, ChronoUnit.DAYS.between(options.from(), options.to()));
		// Not closed: the writer is the caller's (standard output, for one).
		@SuppressWarnings("resource")
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
		{
			csv.printRecord(HEADER);
			for (int n = 1; n <= options.count(); n++) {
				LocalDate created = options.from().plusDays(random.nextLong(span + 1));
				LocalDate day = created;
				List<String> history = new ArrayList<>();
				String stageNow = null;
				String outcome = "Open";
				LocalDate closed = null;
				String owner = "";
				for (int i = 0; i < stages.size(); i++) {
					Stage stage = stages.get(i);
					history.add(stage.getName() + " " + day);
					owner = stage.getOwner() == null || stage.getOwner().getName() == null ? owner : stage.getOwner().getName();
					Integer declared = stage.getDuration() == null ? null : FunnelSizing.days(stage.getDuration());
					double mean = declared == null || declared <= 0 ? DEFAULT_DAYS : declared;
					long stay = Math.max(1, Math.round(-mean * Math.log(1 - random.nextDouble())));
					boolean moves = random.nextDouble() < rates[i];
					LocalDate leaves = day.plusDays(stay);
					if (leaves.isAfter(options.exported())) {
						stageNow = stage.getName();
						break;
					}
					day = leaves;
					if (!moves) {
						outcome = "Lost";
						closed = day;
						stageNow = lost;
						break;
					}
					if (i == stages.size() - 1) {
						outcome = "Won";
						closed = day;
						stageNow = won;
					}
				}
				double amount = Math.exp(mu + AMOUNT_SIGMA * gaussian(random));
				csv.printRecord(String.format("OPP-%06d", n), process.getName(), segment, owner, created, closed == null ? "" : closed,
						Math.round(amount), stageNow == null ? "" : stageNow, String.join("; ", history), outcome);
			}
		}
		csv.flush();
	}

	/** A standard normal draw (Box-Muller): SplittableRandom has no nextGaussian of its own before Java 17's API. */
	private static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
}
