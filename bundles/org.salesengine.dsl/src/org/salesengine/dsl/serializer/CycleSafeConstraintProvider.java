package org.salesengine.dsl.serializer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.analysis.GrammarConstraintProvider;
import org.eclipse.xtext.serializer.analysis.GrammarElementDeclarationOrder;
import org.eclipse.xtext.serializer.analysis.IContextTypePDAProvider;
import org.eclipse.xtext.serializer.analysis.ISemanticSequencerNfaProvider;
import org.eclipse.xtext.serializer.analysis.ISemanticSequencerNfaProvider.ISemState;
import org.eclipse.xtext.serializer.analysis.SerializationContextMap;
import org.eclipse.xtext.util.formallang.Nfa;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's grammar constraints, with the upper bound of each feature computed over the strongly connected components
 * of the rule's automaton.
 *
 * <p>Xtext finds the automaton's cycles with a depth-first search that only sees back edges, so a cycle entered
 * through a node it has already left is not merged with the cycle around it. Its longest-path search then walks that
 * cycle forever: serializing a role ({@code ( 'ramp' ... (',' ...)* | 'hires' ... (',' ...)* | ... )*}, loops inside
 * a loop) ended in a StackOverflowError, and so did every edit the change serializer made to one. Here the cycles are
 * Tarjan's components, which are exact, and a feature on any cycle is unbounded, as Xtext means it to be.
 */
@Singleton
public class CycleSafeConstraintProvider extends GrammarConstraintProvider {
	@Inject
	private ISemanticSequencerNfaProvider nfaProvider;
	@Inject
	private IContextTypePDAProvider typeProvider;

	private final Map<Grammar, SerializationContextMap<IConstraint>> cache = new HashMap<>();

	/** The same constraints as Xtext's, built as {@link ComponentConstraint}s. */
	@Override
	public synchronized SerializationContextMap<IConstraint> getConstraints(Grammar grammar) {
		SerializationContextMap<IConstraint> cached = cache.get(grammar);
		if (cached != null) {
			return cached;
		}
		SerializationContextMap.Builder<IConstraint> builder = SerializationContextMap.builder();
		GrammarElementDeclarationOrder.get(grammar);
		SerializationContextMap<Nfa<ISemState>> nfas = nfaProvider.getSemanticSequencerNFAs(grammar);
		for (SerializationContextMap.Entry<Nfa<ISemState>> entry : nfas.values()) {
			for (EClass type : entry.getTypes()) {
				ComponentConstraint constraint = new ComponentConstraint(grammar, type, entry.getValue());
				List<ISerializationContext> contexts = entry.getContexts(type);
				constraint.contexts.addAll(contexts);
				builder.put(contexts, constraint);
			}
		}
		SerializationContextMap<IConstraint> result = builder.create();
		var typePDAs = typeProvider.getContextTypePDAs(grammar);
		for (SerializationContextMap.Entry<IConstraint> entry : result.values()) {
			ComponentConstraint constraint = (ComponentConstraint) entry.getValue();
			constraint.name(findBestConstraintName(grammar, typePDAs, constraint));
		}
		cache.put(grammar, result);
		return result;
	}

	/** A constraint whose upper bounds come from the automaton's strongly connected components. */
	protected static class ComponentConstraint extends Constraint {
		private final List<ISerializationContext> contexts = new ArrayList<>();
		private final Nfa<ISemState> automaton;
		private final EClass owner;

		public ComponentConstraint(Grammar grammar, EClass type, Nfa<ISemState> nfa) {
			super(grammar, type, nfa);
			this.automaton = nfa;
			this.owner = type;
		}

		@Override
		public List<ISerializationContext> getContexts() {
			return contexts;
		}

		void name(String name) {
			setName(name);
		}

		@Override
		protected int[] computeUpperBounds() {
			Components components = new Components(automaton.getStart());
			int[] bounds = new int[owner.getFeatureCount()];
			for (int feature = 0; feature < bounds.length; feature++) {
				bounds[feature] = components.longestPath(feature);
			}
			return bounds;
		}
	}

	/**
	 * Tarjan's strongly connected components of the states reachable from the start, iteratively (a rule's automaton
	 * has hundreds of states), numbered in the order Tarjan closes them: every component's followers come first.
	 */
	static final class Components {
		private final Map<ISemState, Integer> componentOf = new IdentityHashMap<>();
		private final List<List<ISemState>> members = new ArrayList<>();
		private final List<Boolean> cyclic = new ArrayList<>();

		Components(ISemState start) {
			Map<ISemState, Integer> index = new IdentityHashMap<>();
			Map<ISemState, Integer> lowLink = new IdentityHashMap<>();
			Deque<ISemState> stack = new ArrayDeque<>();
			Map<ISemState, Boolean> onStack = new IdentityHashMap<>();
			Deque<int[]> followerPositions = new ArrayDeque<>();
			Deque<ISemState> path = new ArrayDeque<>();
			int next = 0;
			index.put(start, next);
			lowLink.put(start, next++);
			stack.push(start);
			onStack.put(start, true);
			path.push(start);
			followerPositions.push(new int[] { 0 });
			while (!path.isEmpty()) {
				ISemState state = path.peek();
				int[] position = followerPositions.peek();
				List<ISemState> followers = state.getFollowers();
				if (position[0] < followers.size()) {
					ISemState follower = followers.get(position[0]++);
					if (!index.containsKey(follower)) {
						index.put(follower, next);
						lowLink.put(follower, next++);
						stack.push(follower);
						onStack.put(follower, true);
						path.push(follower);
						followerPositions.push(new int[] { 0 });
					} else if (onStack.getOrDefault(follower, false)) {
						lowLink.put(state, Math.min(lowLink.get(state), index.get(follower)));
					}
					continue;
				}
				path.pop();
				followerPositions.pop();
				if (!path.isEmpty()) {
					ISemState parent = path.peek();
					lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(state)));
				}
				if (lowLink.get(state).equals(index.get(state))) {
					List<ISemState> component = new ArrayList<>();
					ISemState member;
					do {
						member = stack.pop();
						onStack.put(member, false);
						componentOf.put(member, members.size());
						component.add(member);
					} while (member != state);
					members.add(component);
					cyclic.add(component.size() > 1 || state.getFollowers().contains(state));
				}
			}
		}

		/**
		 * The most times a path from the start to the stop state can assign the feature: unbounded when a state of a
		 * cycle assigns it; otherwise the longest path over the components, which form a directed acyclic graph.
		 */
		int longestPath(int feature) {
			int[] longest = new int[members.size()];
			for (int component = 0; component < members.size(); component++) {
				int own = 0;
				for (ISemState state : members.get(component)) {
					if (state.getFeatureID() == feature) {
						if (cyclic.get(component)) {
							return org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.MAX;
						}
						own++;
					}
				}
				int after = 0;
				for (ISemState state : members.get(component)) {
					for (ISemState follower : state.getFollowers()) {
						int target = componentOf.get(follower);
						if (target != component) {
							after = Math.max(after, longest[target]);
						}
					}
				}
				longest[component] = after + own;
			}
			return members.isEmpty() ? 0 : longest[members.size() - 1];
		}
	}
}
