package org.salesengine.dsl.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A benchmark profile: the business model whose practice sets the default bands of the rules that compare against
 * practice (cost of sales, pay mix, quota to OTE). An engine picks one with {@code rules { profile industrial }}; the
 * default is SaaS, the practice the rule catalogue was first written for.
 */
public enum Profile {
	SAAS("saas", "SaaS"),
	INDUSTRIAL("industrial", "industrial / manufacturing"),
	TRANSACTIONAL("transactional", "transactional / inside sales");

	public static final Profile DEFAULT = SAAS;

	private final String code;
	private final String label;

	Profile(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** As written in an engine: {@code profile industrial}. */
	public String code() {
		return code;
	}

	/** As messages name it: "the industrial / manufacturing profile". */
	public String label() {
		return label;
	}

	public static Optional<Profile> byCode(String code) {
		String wanted = code == null ? "" : code.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(p -> p.code.equals(wanted)).findFirst();
	}
}
