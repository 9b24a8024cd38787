package org.salesengine.data.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.model.Duration;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.Stage;
import org.salesengine.model.TimeUnit;

/**
 * What {@code calibrate --apply} writes: the observed figures as the scenario {@code Observed} (docs/scenarios.md).
 * Only figures backed by at least {@code min} opportunities (the thin-data rule's parameter) are set, and only those a
 * scenario can set: a stage's conversion and duration, and a process's average deal. Each value is written by the
 * scenarios' one formatter ({@link ScenarioProperties#text}), so it reads as the language writes it and as compare
 * shows it. Writing the scenario into the engine is an edit operation (the command line's, on the edit bundle).
 */
public final class ObservedScenario {
	public static final String NAME = "Observed";
	private static final MathContext THREE_DIGITS = new MathContext(3);

	/**
	 * One {@code set} of the scenario.
	 *
	 * @param element  the stage or process, as a scenario names it: {@code NewBusiness.Lead}, {@code NewBusiness}
	 * @param property as the scenario names it: conversion, duration, averageDeal
	 * @param value    as the language writes it: {@code 41.6%}, {@code 21 days}, {@code 41.7k}
	 */
	public record Setting(String element, String property, String value) {
		/** {@code set NewBusiness.Lead.conversion 41.6%} */
		public String line() {
			return "set " + element + "." + property + " " + value;
		}
	}

	private ObservedScenario() {
	}

	/** The scenario's settings, in process and stage order. */
	public static List<Setting> settings(Calibration.Result result, long min, ScenarioProperties properties) {
		List<Setting> sets = new ArrayList<>();
		for (Calibration.ProcessResult process : result.processes()) {
			for (Figure figure : process.figures()) {
				if (figure.sample() < min || Double.isNaN(figure.observed())) {
					continue;
				}
				EObject element = figure.element() instanceof Stage stage ? stage : process.process();
				Object value = switch (figure.kind()) {
					// 0% or more than 100% would make the scenario's funnel meaningless; such a stage is left as declared.
					case CONVERSION -> {
						BigDecimal fraction = BigDecimal.valueOf(figure.observed()).round(THREE_DIGITS);
						yield fraction.signum() > 0 && fraction.compareTo(BigDecimal.ONE) <= 0 ? fraction : null;
					}
					case DURATION -> days(Math.round(figure.observed()));
					case AVERAGE_DEAL -> deal(figure.observed());
					// Win rate and cycle time follow from the stages; a scenario sets the stages.
					default -> null;
				};
				String property = switch (figure.kind()) {
					case CONVERSION -> "conversion";
					case DURATION -> "duration";
					default -> "averageDeal";
				};
				ScenarioProperties.Property settable = properties.of(element).get(property);
				String text = value == null ? null : properties.text(element, settable, value);
				// A figure the data confirms as written is no change: the scenario says only what the data moves.
				if (text != null && !text.equals(properties.text(element, settable, element.eGet(settable.feature())))) {
					sets.add(new Setting(ScenarioProperties.elementPath(element), property, text));
				}
			}
		}
		return sets;
	}

	/**
	 * An average deal as a sales-ops architect writes one: in whole thousands from 10k (41,730 is 42k: the language
	 * writes thousands only whole), three significant digits below.
	 */
	private static BigDecimal deal(double observed) {
		BigDecimal amount = BigDecimal.valueOf(observed);
		if (observed >= 10_000) {
			return amount.divide(BigDecimal.valueOf(1_000)).setScale(0, java.math.RoundingMode.HALF_UP).scaleByPowerOfTen(3).setScale(0);
		}
		return amount.round(THREE_DIGITS);
	}

	private static Duration days(long days) {
		if (days <= 0) {
			return null;
		}
		Duration duration = SalesEngineFactory.eINSTANCE.createDuration();
		duration.setValue((int) days);
		duration.setUnit(TimeUnit.DAYS);
		return duration;
	}

	/** The scenario's name for people: where the figures were observed. */
	public static String title(Calibration.Result result) {
		return "Observed in " + java.nio.file.Path.of(result.export()).getFileName() + (result.since() == null ? "" : " since " + result.since());
	}
}
