package org.salesengine.edit;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;

import com.google.inject.Inject;

/** Whether a name can be written as a name of the language: an identifier that is not one of its keywords. */
final class NameRules {
	@Inject
	private IValueConverterService converters;

	void check(String name) throws Refusal {
		if (name == null || name.isEmpty()) {
			throw new Refusal("a name is required");
		}
		String written;
		try {
			written = converters.toString(name, "ID");
			converters.toValue(written, "ID", null);
		} catch (ValueConverterException | IllegalArgumentException e) {
			throw new Refusal("'" + name + "' is not a name: names start with a letter or _ and go on with letters, digits or _");
		}
		if (!written.equals(name)) {
			throw new Refusal("'" + name + "' is a keyword of the language; choose another name");
		}
	}
}
