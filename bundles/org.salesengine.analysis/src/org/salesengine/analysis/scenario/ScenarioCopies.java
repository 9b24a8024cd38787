package org.salesengine.analysis.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.Function;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.Findings;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.dsl.scenario.ScenarioProperties.Property;
import org.salesengine.model.Engine;
import org.salesengine.model.Hire;
import org.salesengine.model.Role;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.Scenario;
import org.salesengine.model.ScenarioOverride;
import org.salesengine.model.StrategySection;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Applies a scenario: copies every file of the engine ({@link EcoreUtil.Copier}, references between the files
 * kept), sets the overrides on the copy, and validates the copy as a whole, as {@code check} validates the engine.
 * The base engine's model is only read. A copy's findings are located in the base's text ({@link OriginalLocations}).
 */
public class ScenarioCopies {
	/** The fragment a copy's unresolved reference points to: nothing, so it stays unresolved, as in the base. */
	private static final String UNRESOLVED = "unresolved-in-base";

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceFactory resourceFactory;
	@Inject
	private IResourceDescription.Manager descriptionManager;
	@Inject
	private Provider<ResourceValidatorImpl> validators;
	@Inject
	private Provider<OriginalLocations> locations;
	@Inject
	private ScenarioProperties properties;

	/** The engine as written, with its own findings: the first column of every comparison. */
	public static ScenarioEngine base(WholeEngine engine, List<Finding> findings) {
		return new ScenarioEngine(ScenarioEngine.BASE, null, engine, findings, List.of(), true);
	}

	/** The scenario of the engine with this name, or null. */
	public static Scenario find(WholeEngine engine, String name) {
		return Scenarios.of(engine).stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
	}

	/**
	 * The scenario applied to a copy of the engine. An override whose path or value is wrong (the validator reports
	 * it) is left out. While a file of the engine has a syntax error the copy is not validated: text the parser
	 * skipped may hold what a finding would say is missing, and the base's rules are silent there too.
	 */
	public ScenarioEngine apply(WholeEngine base, List<Finding> baseFindings, Scenario scenario,
			Function<Resource, String> fileNames) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Map<Resource, List<EObject>> copies = new LinkedHashMap<>();
		for (Engine fragment : base.fragments()) {
			Resource resource = fragment.eResource();
			if (resource != null && !copies.containsKey(resource)) {
				copies.put(resource, new ArrayList<>(copier.copyAll(resource.getContents())));
			}
		}
		copier.copyReferences();
		XtextResourceSet resourceSet = resourceSets.get();
		List<Resource> copyResources = new ArrayList<>();
		Map<Resource, Resource> originalOf = new IdentityHashMap<>();
		copies.forEach((original, contents) -> {
			Resource copy = resourceFactory.createResource(original.getURI());
			resourceSet.getResources().add(copy);
			copy.getContents().addAll(contents);
			copyResources.add(copy);
			originalOf.put(copy, original);
		});
		Map<EObject, EObject> copyToOriginal = new IdentityHashMap<>();
		copier.forEach((original, copy) -> copyToOriginal.put(copy, original));
		detachUnresolved(copyResources, copyToOriginal.keySet());

		List<ScenarioChange> changes = new ArrayList<>();
		for (ScenarioOverride override : scenario.getOverrides()) {
			ScenarioChange change = apply(override, copier, changes);
			if (change != null) {
				changes.add(change);
			}
		}
		List<Engine> fragments = base.fragments().stream().map(f -> (Engine) copier.get(f)).toList();
		WholeEngine copy = WholeEngine.of(fragments);
		if (hasSyntaxError(base)) {
			return new ScenarioEngine(scenario.getName(), scenario.getDisplayName(), copy, baseFindings, changes, false);
		}
		index(resourceSet, copyResources);
		List<Finding> findings = new ArrayList<>();
		for (Resource resource : copyResources) {
			Resource original = originalOf.get(resource);
			findings.addAll(validate(resource, original, fileNames.apply(original), copyToOriginal));
		}
		List<String> fileOrder = copies.keySet().stream().map(fileNames).toList();
		findings.sort(Comparator.comparingInt((Finding f) -> fileOrder.indexOf(f.file())).thenComparingInt(Finding::line)
				.thenComparingInt(Finding::column).thenComparing(Finding::code));
		return new ScenarioEngine(scenario.getName(), scenario.getDisplayName(), copy, findings, changes, true);
	}

	private ScenarioChange apply(ScenarioOverride override, EcoreUtil.Copier copier, List<ScenarioChange> changes) {
		EObject target = override.getTarget();
		if (target == null || target.eIsProxy() || override.getProperty() == null) {
			return null;
		}
		Property property = properties.of(target).get(override.getProperty());
		if (property == null) {
			return null;
		}
		Object value;
		try {
			value = properties.value(property, override);
		} catch (ScenarioProperties.InvalidValue e) {
			return null;
		}
		EObject element = copier.get(target);
		String path = ScenarioProperties.elementPath(target) + "." + property.name();
		String id = ElementIds.of(target);
		String name = ElementIds.qualifiedName(target);
		if (element instanceof Engine engine) {
			element = strategySection(engine);
		}
		if (property.isHires()) {
			Role role = (Role) element;
			String before = role.getHires().isEmpty() ? "(none)"
					: String.join(", ", role.getHires().stream().map(h -> properties.text(role, property, h)).toList());
			role.getHires().add((Hire) value);
			return new ScenarioChange(id, name, path, before, "+ " + properties.text(role, property, value));
		}
		String before = properties.text(element, property, element.eGet(property.feature()));
		element.eSet(property.feature(), value);
		return new ScenarioChange(id, name, path, before, properties.text(element, property, value));
	}

	/** The copy's strategy section, where an engine's revenue target lives; added to the first file when it has none. */
	private static StrategySection strategySection(Engine first) {
		for (Engine fragment : List.of(first)) {
			StrategySection section = EngineSections.revenueTargetSection(fragment);
			if (section != null) {
				return section;
			}
			List<StrategySection> sections = EngineSections.of(fragment, StrategySection.class);
			if (!sections.isEmpty()) {
				return sections.get(0);
			}
		}
		StrategySection section = SalesEngineFactory.eINSTANCE.createStrategySection();
		first.getSections().add(section);
		return section;
	}

	/**
	 * A reference the base could not resolve is, in the copy, the base's own proxy: resolving it there would ask the
	 * copy's resource to decode a link it has no text for. It becomes a proxy to nothing in the copy.
	 */
	private static void detachUnresolved(List<Resource> resources, Set<EObject> copied) {
		for (Resource resource : resources) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject element = all.next();
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
							|| !element.eIsSet(reference)) {
						continue;
					}
					if (reference.isMany()) {
						@SuppressWarnings("unchecked")
						EList<EObject> values = (EList<EObject>) element.eGet(reference, false);
						for (int i = 0; i < values.size(); i++) {
							EObject value = ((org.eclipse.emf.ecore.util.InternalEList<EObject>) values).basicGet(i);
							if (value.eIsProxy() && !copied.contains(value)) {
								((org.eclipse.emf.ecore.util.InternalEList<EObject>) values).setUnique(i, unresolved(value, resource));
							}
						}
					} else {
						EObject value = (EObject) element.eGet(reference, false);
						if (value != null && value.eIsProxy() && !copied.contains(value)) {
							element.eSet(reference, unresolved(value, resource));
						}
					}
				}
			}
		}
	}

	private static EObject unresolved(EObject proxy, Resource in) {
		EObject stub = EcoreUtil.create(proxy.eClass());
		((InternalEObject) stub).eSetProxyURI(in.getURI().appendFragment(UNRESOLVED));
		return stub;
	}

	/** The same index the loader installs, so that the whole-engine rules find every file of the copy. */
	private void index(XtextResourceSet resourceSet, List<Resource> resources) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resources) {
			descriptions.add(descriptionManager.getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
	}

	/** The files as {@code loaded} names them in its findings (the paths as given on the command line). */
	public static Function<Resource, String> fileNames(LoadedEngines loaded) {
		Map<Resource, String> names = new IdentityHashMap<>();
		for (LoadedEngines.SourceFile source : loaded.sources()) {
			names.put(source.resource(), source.path().toString());
		}
		return resource -> names.getOrDefault(resource, path(resource));
	}

	private List<Finding> validate(Resource copy, Resource original, String file, Map<EObject, EObject> copyToOriginal) {
		OriginalLocations converter = locations.get();
		converter.use(copyToOriginal);
		ResourceValidatorImpl validator = validators.get();
		validator.setDiagnosticConverter(converter);
		List<Issue> issues = validator.validate(copy, CheckMode.ALL, CancelIndicator.NullImpl);
		return Findings.of(file, copy, issues, original);
	}

	/** The file as the loader names it in findings. */
	private static String path(Resource resource) {
		URI uri = resource.getURI();
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	private static boolean hasSyntaxError(WholeEngine engine) {
		Set<Resource> seen = new HashSet<>();
		for (Engine fragment : engine.fragments()) {
			if (fragment.eResource() instanceof XtextResource resource && seen.add(resource)) {
				IParseResult result = resource.getParseResult();
				if (result != null && result.hasSyntaxErrors()) {
					return true;
				}
			}
		}
		return false;
	}
}
