package org.salesengine.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.dsl.scenario.ScenarioProperties.Property;
import org.salesengine.model.Hire;
import org.salesengine.model.Engine;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.Scenario;
import org.salesengine.model.ScenarioOverride;
import org.salesengine.model.ScenariosSection;
import org.salesengine.model.Section;
import org.salesengine.model.TimeUnit;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * Puts a scenario into the engine: replaces the overrides of the scenario of that name where it stands, or adds the
 * scenario at the end of the scenarios section (made when the file has none). The overrides are model objects, so
 * the change serializer writes them as the language writes a {@code set}, linked to their elements, and formats only
 * the scenario it changes; the rest of every file stays byte-identical.
 */
final class ScenarioPuts {
	/** {@code 21 days}, {@code 4 months}: a number and a unit of time; {@code 45%}, {@code weekly}: a value alone. */
	private static final Pattern VALUE = Pattern.compile("(\\S+)(?:\\s+(days?|months?))?");
	/** {@code + 4 on 2027-07-01}: a hire the scenario adds. */
	private static final Pattern HIRE = Pattern.compile("\\+\\s*(\\d+)\\s+on\\s+(\\S+)");

	@Inject
	private NameRules nameRules;
	@Inject
	private ScenarioProperties properties;

	Change plan(WholeEngine engine, EditOperation.PutScenario put) throws Refusal {
		nameRules.check(put.name());
		if (put.settings().isEmpty()) {
			throw new Refusal("scenario " + put.name() + " needs at least one set: a scenario that changes nothing compares to nothing");
		}
		List<ScenarioOverride> overrides = new ArrayList<>();
		for (EditOperation.PutScenario.Setting setting : put.settings()) {
			overrides.add(override(engine, setting));
		}
		Scenario existing = existing(engine, put.name());
		String sets = overrides.size() + (overrides.size() == 1 ? " set" : " sets");
		if (existing != null) {
			// The scenario keeps its place, its comments and its description; its sets are replaced. (Replacing the
			// scenario object instead dropped the comment above it; setting the sets' values one by one gave
			// overlapping replacements when sets shifted.)
			return Change.of("replaced scenario " + put.name() + " (" + sets + ") in " + fileName(existing), () -> {
				existing.setDisplayName(put.displayName());
				existing.getOverrides().clear();
				existing.getOverrides().addAll(overrides);
			});
		}
		Engine fragment = fragment(engine, put.file());
		ScenariosSection section = section(fragment);
		Scenario scenario = scenario(put, overrides);
		String where = (section == null ? "in a new scenarios section of " : "in the scenarios section of ") + fileName(fragment);
		return Change.of("created scenario " + put.name() + " (" + sets + ") " + where, () -> {
			ScenariosSection owner = section;
			if (owner == null) {
				owner = SalesEngineFactory.eINSTANCE.createScenariosSection();
				fragment.getSections().add(owner);
			}
			owner.getScenarios().add(scenario);
		});
	}

	private static Scenario scenario(EditOperation.PutScenario put, List<ScenarioOverride> overrides) {
		Scenario scenario = SalesEngineFactory.eINSTANCE.createScenario();
		scenario.setName(put.name());
		scenario.setDisplayName(put.displayName());
		scenario.getOverrides().addAll(overrides);
		return scenario;
	}

	/** The setting as an override, refused as the validator would refuse it: an unknown property, a value of the wrong form. */
	private ScenarioOverride override(WholeEngine engine, EditOperation.PutScenario.Setting setting) throws Refusal {
		EObject target = setting.element().equals(engine.name()) ? engine.fragments().get(0) : Names.find(engine, setting.element());
		Property property = properties.of(target).get(setting.property());
		if (property == null) {
			throw new Refusal(Names.describe(target) + " has no property " + setting.property() + " a scenario can set; it has "
					+ String.join(", ", properties.of(target).keySet()));
		}
		ScenarioOverride override = SalesEngineFactory.eINSTANCE.createScenarioOverride();
		override.setTarget(target);
		override.setProperty(property.name());
		String text = setting.value() == null ? "" : setting.value().trim();
		Matcher hire = HIRE.matcher(text);
		Matcher value = VALUE.matcher(text);
		if (property.isHires() && hire.matches()) {
			Hire added = SalesEngineFactory.eINSTANCE.createHire();
			added.setCount(Integer.parseInt(hire.group(1)));
			added.setDate(hire.group(2));
			override.setAddedHire(added);
		} else if (value.matches()) {
			override.setValue(value.group(1));
			if (value.group(2) != null) {
				override.setUnit(value.group(2).startsWith("day") ? TimeUnit.DAYS : TimeUnit.MONTHS);
			}
		} else {
			throw new Refusal("set " + setting.element() + "." + setting.property() + ": expected a value such as 45%, 21 days or + 4 on 2027-07-01, not '" + text + "'");
		}
		try {
			properties.value(property, override);
		} catch (ScenarioProperties.InvalidValue e) {
			throw new Refusal("set " + setting.element() + "." + setting.property() + " " + text + ": " + e.getMessage());
		}
		return override;
	}

	private static Scenario existing(WholeEngine engine, String name) {
		for (Engine fragment : engine.fragments()) {
			ScenariosSection section = section(fragment);
			if (section != null) {
				for (Scenario scenario : section.getScenarios()) {
					if (name.equals(scenario.getName())) {
						return scenario;
					}
				}
			}
		}
		return null;
	}

	/** The file asked for, else the first file with a scenarios section, else the engine's first file. */
	private static Engine fragment(WholeEngine engine, String file) throws Refusal {
		if (file != null) {
			return Creations.fragmentIn(engine, file);
		}
		return engine.fragments().stream().filter(f -> section(f) != null).findFirst().orElse(engine.fragments().get(0));
	}

	private static ScenariosSection section(Engine fragment) {
		for (Section section : fragment.getSections()) {
			if (section instanceof ScenariosSection scenarios) {
				return scenarios;
			}
		}
		return null;
	}

	private static String fileName(EObject element) {
		return element.eResource().getURI().lastSegment();
	}
}
