package org.salesengine.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.salesengine.model.Engine;
import org.salesengine.model.NamedElement;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.engine.ElementKinds;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * Base of the per-pillar check classes. Severity comes from the {@link Rule} table and nowhere else. Whole-engine
 * facts (the other files of the engine, reverse indexes, formula cycles) are computed once for all files of an engine
 * and kept until one of them changes ({@link EngineFacts}).
 */
public abstract class RuleChecks extends AbstractDeclarativeValidator {
	protected static final SalesEnginePackage MODEL = SalesEnginePackage.eINSTANCE;

	@Inject
	private EngineFacts engineFacts;
	@Inject
	private RuleOverrides overrides;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(SalesEnginePackage.eINSTANCE);
	}

	/** Composed into {@link SalesEngineValidator}; registering on its own would run every check twice. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	protected void report(Rule rule, String message, EObject source, EStructuralFeature feature, String... data) {
		report(rule, message, source, feature, INSIGNIFICANT_INDEX, data);
	}

	protected void report(Rule rule, String message, EObject source, EStructuralFeature feature, int index, String... data) {
		Severity severity = settings(source).severity(rule);
		if (severity == null || explainedBySyntaxError(rule, source)) {
			return;
		}
		data = withoutNulls(data); // an unnamed element's name, given as issue data
		switch (severity) {
			case ERROR -> error(message, source, feature, index, rule.code(), data);
			case WARNING -> warning(message, source, feature, index, rule.code(), data);
			case INFO -> info(message, source, feature, index, rule.code(), data);
			default -> {
			}
		}
	}

	private static String[] withoutNulls(String[] data) {
		for (int i = 0; i < data.length; i++) {
			if (data[i] == null) {
				String[] copy = data.clone();
				for (int j = i; j < copy.length; j++) {
					copy[j] = copy[j] == null ? "" : copy[j];
				}
				return copy;
			}
		}
		return data;
	}

	/** Reports at an exact text range, for findings the model cannot point at (a property given twice). */
	protected void reportAt(Rule rule, String message, EObject source, INode node, String... data) {
		Severity severity = settings(source).severity(rule);
		if (severity == null || explainedBySyntaxError(rule, source)) {
			return;
		}
		switch (severity) {
			case ERROR -> getMessageAcceptor().acceptError(message, source, node.getOffset(), node.getLength(), rule.code(), data);
			case WARNING -> getMessageAcceptor().acceptWarning(message, source, node.getOffset(), node.getLength(), rule.code(), data);
			case INFO -> getMessageAcceptor().acceptInfo(message, source, node.getOffset(), node.getLength(), rule.code(), data);
			default -> {
			}
		}
	}

	/**
	 * Whether a syntax error may be why the rule fires: for a rule that reads the whole engine, any file of the engine
	 * has one; for a rule that reads one element, the element's own text has one ({@link Rule#readsWholeEngine()}).
	 */
	private boolean explainedBySyntaxError(Rule rule, EObject source) {
		if (rule.readsWholeEngine()) {
			return EcoreUtil2.getContainerOfType(source, Engine.class) != null
					&& cached("syntax-error-in-engine", source, SyntaxErrors::inAnyFile);
		}
		return SyntaxErrors.within(source);
	}

	/** The rules in effect for the element's engine: severities and parameter values, with the engine's profile. */
	protected RuleSettings settings(EObject element) {
		if (EcoreUtil2.getContainerOfType(element, Engine.class) == null) {
			return RuleSettings.DEFAULTS;
		}
		return cached("rule-settings@" + overrides.version(), element, whole -> RuleSettings.of(whole, overrides.severities()));
	}

	/** A parameter's value in effect for the element's engine. */
	protected RuleParameter.Value value(Rule rule, String parameter, EObject element) {
		return settings(element).value(rule, parameter);
	}

	/** The whole engine the element belongs to, across all of its files. */
	protected WholeEngine wholeEngine(EObject element) {
		return facts(element).whole();
	}

	/** A fact about the whole engine, computed once for all of its files until one of them changes. */
	protected <T> T cached(String key, EObject element, Function<WholeEngine, T> compute) {
		return facts(element).get(key, compute);
	}

	/** Looked up once per file and validation run: finding the engine's other files costs an index query. */
	private EngineFacts.Facts facts(EObject element) {
		Engine fragment = element instanceof Engine engine ? engine : EcoreUtil2.getContainerOfType(element, Engine.class);
		Map<Object, Object> context = getContext();
		if (context == null) {
			return engineFacts.of(fragment);
		}
		Object key = List.of(EngineFacts.class, fragment);
		EngineFacts.Facts facts = (EngineFacts.Facts) context.get(key);
		if (facts == null) {
			facts = engineFacts.of(fragment);
			context.put(key, facts);
		}
		return facts;
	}

	/** "role AE", "KPI NewARR": how messages name an element; "objective at line 9" for one written without a name. */
	protected static String describe(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			return ElementKinds.of(element) + " " + named.getName();
		}
		return ElementKinds.of(element) + " " + unnamed(element);
	}

	/** The element's name, or "(unnamed, line 9)" for one written without a name (the parser keeps it). */
	protected static String name(NamedElement element) {
		if (element == null) {
			return "(none)";
		}
		return element.getName() != null ? element.getName() : "(unnamed, " + unnamed(element).substring("at ".length()) + ")";
	}

	/** "at line 9", where the element starts in its file. */
	private static String unnamed(EObject element) {
		INode node = NodeModelUtils.getNode(element);
		return node == null ? "at an unknown line" : "at line " + node.getStartLine();
	}
}
