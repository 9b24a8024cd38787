package org.salesengine.cli.analysis;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import org.salesengine.analysis.simulation.AttainmentDistribution;
import org.salesengine.analysis.simulation.AttainmentDistribution.Shape;
import org.salesengine.analysis.simulation.SimulationSettings;

/**
 * Turns the simulation options, kept as the text the user typed, into settings. Picocli's own conversion errors print
 * the whole usage; a mistyped number deserves one line that says what was expected.
 */
public final class SimulationOptions {
	private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
	private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9})?");

	/** A value the user typed that cannot be used; its message is the whole error line. */
	public static final class Invalid extends Exception {
		private static final long serialVersionUID = 1L;

		Invalid(String message) {
			super(message);
		}
	}

	private SimulationOptions() {
	}

	/**
	 * @param years        --simulate, or null for no simulation
	 * @param seed         --seed, or null for a fresh one
	 * @param distribution --distribution, or null for normal
	 * @param mean         --mean in percent, or null for 100
	 * @param sd           --sd in percent, or null for 25
	 * @param correlation  --correlation between 0 and 1, or null for 0
	 * @param churn        --churn in percent, 0 to 100, or null for 0
	 * @return the settings, or null when no simulation was asked for
	 */
	public static SimulationSettings parse(String years, String seed, String distribution, String mean, String sd,
			String correlation, String churn) throws Invalid {
		if (years == null) {
			for (String[] option : new String[][] { { "--seed", seed }, { "--distribution", distribution }, { "--mean", mean },
					{ "--sd", sd }, { "--correlation", correlation }, { "--churn", churn } }) {
				if (option[1] != null) {
					throw new Invalid(option[0] + " only applies to a simulation: add --simulate N");
				}
			}
			return null;
		}
		long simulatedYears = years(years);
		long seedValue = seed == null ? new SecureRandom().nextLong() : seed(seed);
		Shape shape = Shape.NORMAL;
		if (distribution != null) {
			shape = Shape.byLabel(distribution);
			if (shape == null) {
				throw new Invalid("--distribution must be normal, uniform or lognormal, not '" + distribution + "'");
			}
		}
		double meanValue = mean == null ? 1.0 : percent("--mean", mean);
		double sdValue = sd == null ? 0.25 : percent("--sd", sd);
		double rho = correlation == null ? 0 : correlation(correlation);
		double churnRate = churn == null ? 0 : churn(churn);
		return new SimulationSettings(simulatedYears, seedValue, new AttainmentDistribution(shape, meanValue, sdValue), rho,
				churnRate);
	}

	/** "5%" and "5" both mean 5%; from 0 to 100. */
	private static double churn(String text) throws Invalid {
		String number = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
		if (!DECIMAL.matcher(number).matches() || Double.parseDouble(number) > 100) {
			throw new Invalid("--churn needs a percentage from 0% to 100%, such as 5%, not '" + text + "'");
		}
		return Double.parseDouble(number) / 100;
	}

	private static long years(String text) throws Invalid {
		String problem = "--simulate needs a whole number of years from 1 to " + String.format("%,d", SimulationSettings.MAX_YEARS)
				+ ", not '" + text + "'";
		String digits = text.replace("_", "").replace(",", "");
		if (!WHOLE.matcher(digits).matches()) {
			throw new Invalid(problem);
		}
		long value = Long.parseLong(digits);
		if (value < 1 || value > SimulationSettings.MAX_YEARS) {
			throw new Invalid(problem);
		}
		return value;
	}

	private static long seed(String text) throws Invalid {
		if (!WHOLE.matcher(text).matches()) {
			throw new Invalid("--seed needs a whole number, not '" + text + "'");
		}
		return Long.parseLong(text);
	}

	/** "25%" and "25" both mean 25%; the value must be above 0. */
	private static double percent(String option, String text) throws Invalid {
		String number = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
		if (!DECIMAL.matcher(number).matches() || Double.parseDouble(number) <= 0) {
			throw new Invalid(option + " needs a percentage above 0, such as 25%, not '" + text + "'");
		}
		return Double.parseDouble(number) / 100;
	}

	private static double correlation(String text) throws Invalid {
		if (!DECIMAL.matcher(text).matches() || Double.parseDouble(text) > 1) {
			throw new Invalid("--correlation needs a number from 0 (independent measures) to 1 (one draw for all), not '"
					+ text + "'");
		}
		return Double.parseDouble(text);
	}
}
