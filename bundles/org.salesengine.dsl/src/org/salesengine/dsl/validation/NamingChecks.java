package org.salesengine.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Engine;
import org.salesengine.model.Expression;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Section;
import org.salesengine.model.StrategySection;
import org.salesengine.model.engine.NamedElements;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.ElementKinds;
import org.salesengine.model.engine.WholeEngine;

/** Names unique per engine, and each setting given once. */
public class NamingChecks extends RuleChecks {
	/** Set by the same property as their first half ("period A to B", "mix 60/40"), reported with it. */
	private static final java.util.Set<EStructuralFeature> SECOND_HALVES = java.util.Set.of(MODEL.getEngine_PeriodEnd(),
			MODEL.getSpif_EndDate(), MODEL.getMeasure_AcceleratorAbove(), MODEL.getPlan_MixIncentive());

	@Check
	public void duplicateName(Engine fragment) {
		Map<String, List<NamedElement>> byName = cached("elements-by-name", fragment, NamingChecks::elementsByName);
		for (NamedElement element : NamedElements.of(fragment)) {
			String key = NamedElements.scopedName(element);
			List<NamedElement> same = byName.get(key);
			if (same == null || same.size() < 2) {
				continue;
			}
			NamedElement other = same.get(0) == element ? same.get(1) : same.get(0);
			String owner = key.equals(element.getName()) ? "engine " + name(fragment)
					: "process " + key.substring(0, key.length() - element.getName().length() - 1);
			report(Rule.DUPLICATE_NAME, "duplicate name '" + element.getName() + "': " + same.size() + " elements of "
					+ owner + " have it (also " + ElementKinds.of(other) + " at " + where(other, element) + ")",
					element, MODEL.getNamedElement_Name(), element.getName());
		}
	}

	/** The grammar reads an element in any section, so that nothing after it is lost; here it is told where it goes. */
	@Check
	public void misplacedElement(Engine fragment) {
		for (NamedElement element : fragment.getMisplaced()) {
			misplaced(element, "outside any section");
		}
		for (Section section : fragment.getSections()) {
			for (NamedElement element : section.getMisplaced()) {
				misplaced(element, "in the " + SectionNames.of(section.eClass()) + " section");
			}
		}
	}

	private void misplaced(NamedElement element, String where) {
		String kind = ElementKinds.of(element);
		String article = "aeiou".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0 && !kind.equals("KPI") ? "an " : "a ";
		report(Rule.MISPLACED_ELEMENT, describe(element) + " is " + where + ": " + article + kind + " is declared in the "
				+ SectionNames.home(element.eClass()) + " section", element, MODEL.getNamedElement_Name(),
				SectionNames.home(element.eClass()));
	}

	/** A property repeated inside one block: the grammar's loops accept it, the model keeps only the last one. */
	@Check
	public void repeatedProperty(Engine fragment) {
		for (TreeIterator<EObject> it = fragment.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Expression) {
				it.prune();
				continue;
			}
			checkRepeated(element);
		}
		checkRepeated(fragment);
	}

	@Check
	public void conflictingEngineSetting(Engine fragment) {
		WholeEngine engine = wholeEngine(fragment);
		if (engine.fragments().size() < 2) {
			return;
		}
		conflict(engine, fragment, fragment, MODEL.getEngine_Currency(), "currency", Engine::getCurrency);
		conflict(engine, fragment, fragment, MODEL.getEngine_PeriodStart(), "period",
				e -> e.getPeriodStart() == null ? null : e.getPeriodStart() + " to " + e.getPeriodEnd());
		StrategySection target = EngineSections.revenueTargetSection(fragment);
		if (target != null) {
			conflict(engine, fragment, target, MODEL.getStrategySection_RevenueTarget(), "revenue target",
					e -> EngineSections.revenueTarget(e) == null ? null : Amounts.exact(EngineSections.revenueTarget(e)));
		}
		conflict(engine, fragment, fragment, MODEL.getNamedElement_DisplayName(), "display name", Engine::getDisplayName);
	}

	/** A file may repeat a section, but not a setting that has one value per engine. */
	@Check
	public void revenueTargetGivenTwice(Engine fragment) {
		List<StrategySection> targets = EngineSections.of(fragment, StrategySection.class).stream()
				.filter(s -> s.getRevenueTarget() != null).toList();
		if (targets.size() > 1) {
			report(Rule.DUPLICATE_SETTING, "engine " + name(fragment) + ": the revenue target is given " + targets.size()
					+ " times; only the first one counts", targets.get(targets.size() - 1), MODEL.getStrategySection_RevenueTarget());
		}
	}

	private void conflict(WholeEngine engine, Engine fragment, EObject source, EStructuralFeature feature, String label,
			Function<Engine, String> value) {
		String here = value.apply(fragment);
		if (here == null) {
			return;
		}
		for (Engine other : engine.fragments()) {
			String there = value.apply(other);
			if (other != fragment && there != null && !Objects.equals(here, there)) {
				report(Rule.DUPLICATE_SETTING, "engine " + name(fragment) + ": " + label + " is " + here + " here but " + there
						+ " in " + other.eResource().getURI().lastSegment(), source, feature);
				return;
			}
		}
	}

	private void checkRepeated(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return;
		}
		Map<String, List<INode>> byFeature = nodesByFeature(element, node);
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() || feature.isDerived() || feature.isTransient() || SECOND_HALVES.contains(feature)) {
				continue;
			}
			List<INode> nodes = byFeature.getOrDefault(feature.getName(), List.of());
			if (nodes.size() > 1 && !isBooleanFlag(feature)) {
				INode repeated = nodes.get(nodes.size() - 1);
				String owner = element instanceof NamedElement ? describe(element) : ElementKinds.of(element);
				reportAt(Rule.DUPLICATE_SETTING, owner + ": " + label(feature) + " is given " + nodes.size()
						+ " times; only the last one counts", element, repeated, feature.getName());
			}
		}
	}

	/**
	 * The nodes assigned to each feature of the element, as NodeModelUtils.findNodesForFeature finds them (same walk,
	 * same pruning at assignments and actions), but for all features in one walk: asking feature by feature walked
	 * each element's nodes a dozen times, and the engine's own node, which spans the whole file, twenty times.
	 */
	static Map<String, List<INode>> nodesByFeature(EObject element, ICompositeNode node) {
		Map<String, List<INode>> result = new HashMap<>();
		BidiTreeIterator<INode> iterator = node.getAsTreeIterable().iterator();
		while (iterator.hasNext()) {
			INode child = iterator.next();
			EObject grammarElement = child.getGrammarElement();
			if (grammarElement instanceof Action action) {
				if (child.getSemanticElement() == element) {
					add(result, action.getFeature(), iterator.next());
				} else {
					INode first = ((ICompositeNode) child).getFirstChild();
					while (first.getGrammarElement() instanceof Action) {
						first = ((ICompositeNode) first).getFirstChild();
					}
					Assignment assignment = GrammarUtil.containingAssignment(first.getGrammarElement());
					if (assignment != null) {
						add(result, assignment.getFeature(), child);
					}
				}
				iterator.prune();
			} else if (grammarElement != null && child != node) {
				Assignment assignment = GrammarUtil.containingAssignment(grammarElement);
				if (assignment != null) {
					add(result, assignment.getFeature(), child);
					iterator.prune();
				}
			}
		}
		return result;
	}

	private static void add(Map<String, List<INode>> byFeature, String feature, INode node) {
		byFeature.computeIfAbsent(feature, f -> new ArrayList<>(1)).add(node);
	}

	private static boolean isBooleanFlag(EStructuralFeature feature) {
		return feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class;
	}

	private static String label(EStructuralFeature feature) {
		return switch (feature.getName()) {
			case "onTargetEarnings" -> "on target earnings";
			case "exitCriterion" -> "exit";
			case "mixBase" -> "mix";
			case "periodStart" -> "period";
			case "revenueTarget" -> "revenue target";
			case "averageDeal" -> "average deal";
			case "startDate" -> "from";
			case "acceleratorAbove" -> "accelerator";
			default -> feature.getName().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
		};
	}

	private static String where(NamedElement other, NamedElement element) {
		INode node = NodeModelUtils.getNode(other);
		String line = node == null ? "" : "line " + node.getStartLine();
		if (other.eResource() != null && other.eResource() != element.eResource()) {
			return other.eResource().getURI().lastSegment() + (line.isEmpty() ? "" : ", " + line);
		}
		return line;
	}

	private static Map<String, List<NamedElement>> elementsByName(WholeEngine engine) {
		Map<String, List<NamedElement>> result = new HashMap<>();
		for (Engine fragment : engine.fragments()) {
			for (NamedElement element : NamedElements.of(fragment)) {
				result.computeIfAbsent(NamedElements.scopedName(element), n -> new ArrayList<>(1)).add(element);
			}
		}
		return result;
	}
}
