package org.salesengine.dsl.ide.serializer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeKind;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.change.ListChange;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISequentialRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionDiffBuilder;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider.EObjectChange;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.analysis.SerializationContextMap;
import org.eclipse.xtext.serializer.sequencer.IContextFinder;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraint;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraintElement;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IFeatureInfo;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;

import com.google.inject.Inject;

/**
 * Xtext's partial serializer, taught the shapes of this grammar it gets wrong, so that an edit re-writes the tokens
 * it changes and not the whole element around them:
 * <ul>
 * <li>a value removed from a block takes its clause with it ({@code attrition 12% per year}, {@code owner SDR}):
 * Xtext deletes the value's token alone and leaves its keywords behind, or fails;</li>
 * <li>a reference added to or removed from a comma-separated list ({@code reviews Pipeline, WinRate}) changes the
 * list in place, commas included: Xtext re-serializes the whole element and writes the added value as a second
 * {@code reviews} clause, a duplicate-setting error;</li>
 * <li>an enumeration's value ({@code cadence weekly}) is written with its keyword: Xtext passes enumeration literals
 * to the value converters, which fail;</li>
 * <li>an element keeps the grammar context it was parsed in ({@code sections+=Section}, {@code kpis+=Kpi}) when that
 * context still fits it: Xtext compares it with the first context that fits ({@code MetricsSection}, or a misplaced
 * element's), finds them different and re-serializes the whole element, for any change inside it;</li>
 * <li>an element added to a section or process that has none of its kind yet is written before the closing brace:
 * Xtext re-serializes the whole section, which re-formats every element in it.</li>
 * </ul>
 * Everything else is Xtext's: new elements and clauses are serialized by its sequencers and formatted by the
 * language's formatter, restricted to the changed regions.
 */
public class EnginePartialSerializer extends PartialSerializer {
	@Inject
	private IEnumLiteralSerializer enumLiterals;
	@Inject
	private ICrossReferenceSerializer crossReferences;
	@Inject
	private IContextFinder contexts;

	/** Deletes the text from the hidden region before the first region to the hidden region after the last. */
	protected static final class DeleteClauseStrategy implements SerializationStrategy {
		private final IHiddenRegion before;
		private final IHiddenRegion after;

		DeleteClauseStrategy(IHiddenRegion before, IHiddenRegion after) {
			this.before = before;
			this.after = after;
		}

		@Override
		public void serialize(ITextRegionDiffBuilder result) {
			result.remove(before, after);
		}
	}

	/** Xtext's, with the element's own context kept where it fits (see the class comment). */
	@Override
	protected List<SerializationStrategy> trySerializeEObject(EObjectChange change, ITextRegionDiffBuilder result,
			SerializationContextMap<IConstraint> constraints) {
		EObject object = change.getEObject();
		IEObjectRegion region = result.getOriginalTextRegionAccess().regionForEObject(object);
		if (region == null) {
			return null;
		}
		ISerializationContext original = getSerializationContext(region);
		ISerializationContext context = fits(object, original) ? original : getSerializationContext(object);
		if (!original.equals(context)) {
			return List.of(new SerializeRecursiveStrategy(region, object, context));
		}
		List<SerializationStrategy> strategies = trySerializeIndividualFeatures(change, region, context, constraints.get(context));
		if (strategies == null) {
			return List.of(new SerializeRecursiveStrategy(region, object, context));
		}
		List<SerializationStrategy> all = new ArrayList<>(strategies);
		for (EObjectChange child : change.getChildren()) {
			List<SerializationStrategy> inside = trySerializeEObject(child, result, constraints);
			if (inside == null) {
				return List.of(new SerializeRecursiveStrategy(region, object, context));
			}
			all.addAll(inside);
		}
		return all;
	}

	private boolean fits(EObject object, ISerializationContext context) {
		for (ISerializationContext candidate : contexts.findByContentsAndContainer(object, null)) {
			if (candidate.equals(context)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected List<SerializationStrategy> trySerializeSingleValue(EObject owner, FeatureChange change, IEObjectRegion ownerRegion,
			IConstraint constraint) {
		EStructuralFeature feature = change.getFeature();
		if (!owner.eIsSet(feature)) {
			IAstRegion region = findRegion(ownerRegion, change);
			if (region != null) {
				SerializationStrategy deletion = deleteClause(owner, ownerRegion, region);
				if (deletion != null) {
					return List.of(deletion);
				}
			}
		}
		return super.trySerializeSingleValue(owner, change, ownerRegion, constraint);
	}

	@Override
	protected List<SerializationStrategy> trySerializeMultiValue(EObject owner, FeatureChange change, IEObjectRegion ownerRegion,
			IConstraint constraint) {
		if (change.getFeature() instanceof EReference reference) {
			if (reference.isContainment()) {
				return changeChildren(owner, reference, change, ownerRegion);
			}
			IFeatureInfo info = constraint.getFeatures()[owner.eClass().getFeatureID(reference)];
			List<AbstractElement> assigned = new ArrayList<>();
			for (IConstraintElement element : info.getAssignments()) {
				assigned.add(element.getGrammarElement());
			}
			CrossReference crossReference = Clauses.commaList(assigned);
			if (crossReference != null) {
				return new CommaListEdit(owner, reference, change, ownerRegion, crossReference).strategies();
			}
		}
		return super.trySerializeMultiValue(owner, change, ownerRegion, constraint);
	}

	/**
	 * Children added to or removed from a list of elements: Xtext's own algorithm, which it skips for lists assigned
	 * inside a block's loop (it asks the assignment to be repeated itself, and here the loop around it is), and which
	 * here also places the first child of its kind before the owner's closing brace.
	 */
	private List<SerializationStrategy> changeChildren(EObject owner, EReference feature, FeatureChange change, IEObjectRegion ownerRegion) {
		List<IAstRegion> originals = findRegions(ownerRegion, change);
		List<Object> modifying = new ArrayList<>((List<?>) owner.eGet(feature));
		List<SerializationStrategy> result = new ArrayList<>();
		for (ListChange listChange : change.getListChanges()) {
			int index = listChange.getIndex();
			if (listChange.getKind() == ChangeKind.ADD_LITERAL) {
				result.add(new DeleteRegionStrategy(originals.get(index)));
				continue;
			}
			if (listChange.getKind() != ChangeKind.REMOVE_LITERAL) {
				return null;
			}
			IHiddenRegion insertAt;
			if (originals.isEmpty()) {
				ISemanticRegion brace = Clauses.closingBrace(ownerRegion);
				if (brace == null) {
					return null;
				}
				insertAt = brace.getPreviousHiddenRegion();
			} else if (index >= originals.size()) {
				insertAt = ((ISequentialRegion) originals.get(originals.size() - 1)).getNextHiddenRegion();
			} else {
				insertAt = ((ISequentialRegion) originals.get(index)).getPreviousHiddenRegion();
			}
			EObject child = (EObject) modifying.remove(index);
			result.add(new SerializeRecursiveStrategy(insertAt, child, getSerializationContext(child)));
		}
		return result;
	}

	@Override
	protected SerializationStrategy updateSingleValue(EObject owner, EStructuralFeature feature, IAstRegion region) {
		if (feature instanceof EAttribute && region.getGrammarElement() instanceof RuleCall call && call.getRule() instanceof EnumRule
				&& region instanceof ISemanticRegion token) {
			String keyword = enumLiterals.serializeAssignedEnumLiteral(owner, call, owner.eGet(feature), null, getErrorAcceptor());
			return keyword == null ? null : new ReplaceRegionStrategy(token, keyword);
		}
		return super.updateSingleValue(owner, feature, region);
	}

	/** The clause of the removed value, when the clause sets nothing else that is still set. */
	private SerializationStrategy deleteClause(EObject owner, IEObjectRegion ownerRegion, IAstRegion region) {
		if (!(region.getGrammarElement() instanceof AbstractElement assigned)) {
			return null;
		}
		AbstractElement clause = Clauses.clauseOf(assigned);
		if (!Clauses.allUnset(owner, clause)) {
			return null;
		}
		List<IAstRegion> regions = Clauses.regionsOfClause(ownerRegion, region, clause);
		if (regions.isEmpty()) {
			return null;
		}
		return new DeleteClauseStrategy(regions.get(0).getPreviousHiddenRegion(), regions.get(regions.size() - 1).getNextHiddenRegion());
	}

	/** A change to a comma-separated list of references, written as token edits inside the list. */
	private final class CommaListEdit {
		private final EObject owner;
		private final EReference reference;
		private final CrossReference crossReference;
		private final List<ISemanticRegion> written = new ArrayList<>();
		private final List<?> before;
		private final List<?> after;

		CommaListEdit(EObject owner, EReference reference, FeatureChange change, IEObjectRegion ownerRegion, CrossReference crossReference) {
			this.owner = owner;
			this.reference = reference;
			this.crossReference = crossReference;
			ownerRegion.getRegionFor().features(reference).forEach(written::add);
			this.before = (List<?>) change.getValue();
			this.after = (List<?>) owner.eGet(reference);
		}

		/** Null (Xtext's whole-element serialization) when the list is new, or when the text does not match the model. */
		List<SerializationStrategy> strategies() {
			if (written.isEmpty() || written.size() != before.size()) {
				return null;
			}
			if (after.isEmpty()) {
				SerializationStrategy deletion = deleteClause(owner, regionOf(owner), written.get(0));
				return deletion == null ? null : List.of(deletion);
			}
			if (after.size() > before.size() && after.subList(0, before.size()).equals(before)) {
				return append();
			}
			List<Integer> removed = removedIndexes();
			return removed != null ? remove(removed) : rewrite();
		}

		private IEObjectRegion regionOf(EObject object) {
			return written.get(0).getTextRegionAccess().regionForEObject(object);
		}

		/** ", X" after the last value. */
		private List<SerializationStrategy> append() {
			ISemanticRegion last = written.get(written.size() - 1);
			StringBuilder text = new StringBuilder(last.getText());
			for (Object added : after.subList(before.size(), after.size())) {
				String name = name((EObject) added);
				if (name == null) {
					return null;
				}
				text.append(", ").append(name);
			}
			return List.of(new ReplaceRegionStrategy(last, text.toString()));
		}

		/** The positions of the values that are gone, when nothing else changed; otherwise null. */
		private List<Integer> removedIndexes() {
			List<Integer> removed = new ArrayList<>();
			int kept = 0;
			for (int i = 0; i < before.size(); i++) {
				if (kept < after.size() && after.get(kept) == before.get(i)) {
					kept++;
				} else {
					removed.add(i);
				}
			}
			return kept == after.size() ? removed : null;
		}

		/** Each run of removed values goes with the comma before it, or, at the head of the list, the comma after it. */
		private List<SerializationStrategy> remove(List<Integer> removed) {
			List<SerializationStrategy> result = new ArrayList<>();
			for (int start = 0; start < removed.size();) {
				int end = start;
				while (end + 1 < removed.size() && removed.get(end + 1) == removed.get(end) + 1) {
					end++;
				}
				ISemanticRegion first = written.get(removed.get(start));
				ISemanticRegion last = written.get(removed.get(end));
				ISemanticRegion comma = removed.get(start) > 0 ? Clauses.commaBefore(first) : Clauses.commaAfter(last);
				if (comma == null) {
					return null;
				}
				result.add(removed.get(start) > 0
						? new DeleteClauseStrategy(comma.getPreviousHiddenRegion(), last.getNextHiddenRegion())
						: new DeleteClauseStrategy(first.getPreviousHiddenRegion(), comma.getNextHiddenRegion()));
				start = end + 1;
			}
			return result;
		}

		/** Any other change (a reordering): the values from the first to the last, written anew. */
		private List<SerializationStrategy> rewrite() {
			List<String> names = new ArrayList<>();
			for (Object value : after) {
				String name = name((EObject) value);
				if (name == null) {
					return null;
				}
				names.add(name);
			}
			ISemanticRegion first = written.get(0);
			ISemanticRegion last = written.get(written.size() - 1);
			List<SerializationStrategy> result = new ArrayList<>();
			result.add(new ReplaceRegionStrategy(first, String.join(", ", names)));
			if (last != first) {
				result.add(new DeleteClauseStrategy(first.getNextHiddenRegion(), last.getNextHiddenRegion()));
			}
			return result;
		}

		private String name(EObject target) {
			return crossReferences.serializeCrossRef(owner, crossReference, target, null, getErrorAcceptor());
		}
	}
}
