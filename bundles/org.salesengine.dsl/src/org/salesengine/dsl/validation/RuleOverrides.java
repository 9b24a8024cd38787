package org.salesengine.dsl.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.salesengine.model.RuleSeverity;

import com.google.inject.Singleton;

/**
 * Severities given outside the engine, such as {@code check --rule too-many-measures=error}: they win over the
 * engine's own rules section. Empty unless a caller sets them; the workbench never does.
 */
@Singleton
public class RuleOverrides {
	private volatile Map<Rule, RuleSeverity> severities = Map.of();
	private volatile int version;

	public Map<Rule, RuleSeverity> severities() {
		return severities;
	}

	public void set(Map<Rule, RuleSeverity> severities) {
		this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
		version++;
	}

	/** Changes whenever the overrides do, so that settings computed with older ones are not reused. */
	int version() {
		return version;
	}
}
