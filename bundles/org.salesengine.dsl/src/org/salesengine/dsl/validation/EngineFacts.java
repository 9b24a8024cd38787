package org.salesengine.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Whole-engine facts (reverse indexes, names, formula cycles) shared by every file of an engine. Xtext validates one
 * file at a time with a fresh context, so facts kept in that context were rebuilt for every file: checking an engine
 * of F files cost F passes over the whole engine, quadratic in its size. They are kept on the resource set instead,
 * and thrown away as soon as any file of the engine changes, or a file joins or leaves it.
 *
 * <p>A file's change is seen through Xtext's resource-scope cache, which every edit, reparse or reload of that file
 * clears: each file gets a stamp object from that cache, and a set of facts is valid only while every stamp it was
 * computed with is still the one the cache hands out.
 */
@Singleton
public class EngineFacts {
	private static final String STAMP = EngineFacts.class.getName() + ".stamp";

	@Inject
	private EngineFragments engineFragments;
	@Inject
	private IResourceScopeCache resourceScopeCache;

	/** The facts of one engine, valid for one state of its files. */
	public static final class Facts {
		private final WholeEngine whole;
		private final List<Object> stamps;
		/** The installed index the fragments were found in, or null when there is none to trust. */
		private final Object index;
		private final Map<String, Object> values = new HashMap<>();

		private Facts(WholeEngine whole, List<Object> stamps, Object index) {
			this.whole = whole;
			this.stamps = stamps;
			this.index = index;
		}

		public WholeEngine whole() {
			return whole;
		}

		/** Computes a fact on first use. A computation may ask for another fact, so this is not computeIfAbsent. */
		@SuppressWarnings("unchecked")
		public synchronized <T> T get(String key, Function<WholeEngine, T> compute) {
			Object value = values.get(key);
			if (value == null) {
				value = compute.apply(whole);
				values.put(key, value);
			}
			return (T) value;
		}
	}

	/** Kept on the resource set, one entry per engine name. */
	private static final class Store extends AdapterImpl {
		final Map<String, Facts> byEngine = new HashMap<>();

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Store.class;
		}
	}

	/**
	 * The facts of the engine this fragment belongs to. Every file of the engine sees the same whole engine, its
	 * fragments in URI order, so a setting given differently in two files (itself an error) reads the same everywhere.
	 */
	public Facts of(Engine fragment) {
		ResourceSet resourceSet = fragment.eResource() == null ? null : fragment.eResource().getResourceSet();
		if (resourceSet == null || fragment.getName() == null) {
			return new Facts(engineFragments.wholeEngineOf(fragment), List.of(), null);
		}
		Store store = store(resourceSet);
		// An installed index (the command line's) does not change while it is installed, so the engine's files found
		// in it stay the same; asking it again for every file made checking F files cost F * F.
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
		Facts known;
		synchronized (store) {
			known = store.byEngine.get(fragment.getName());
		}
		if (known != null && index != null && known.index == index && unchanged(known)
				&& known.whole.fragments().contains(fragment)) {
			return known;
		}
		WholeEngine own = engineFragments.wholeEngineOf(fragment);
		List<Engine> ordered = new ArrayList<>(own.fragments());
		ordered.sort(Comparator.comparing((Engine e) -> e.eResource() == null ? "" : e.eResource().getURI().toString()));
		WholeEngine whole = WholeEngine.of(ordered);
		List<Object> stamps = new ArrayList<>(ordered.size());
		for (Engine part : ordered) {
			stamps.add(stamp(part));
		}
		synchronized (store) {
			Facts facts = store.byEngine.get(fragment.getName());
			if (facts == null || !sameParts(facts, whole, stamps)) {
				facts = new Facts(whole, stamps, index);
				store.byEngine.put(fragment.getName(), facts);
			}
			return facts;
		}
	}

	private Object stamp(Engine fragment) {
		Resource resource = fragment.eResource();
		return resource == null ? new Object() : resourceScopeCache.get(STAMP, resource, Object::new);
	}

	private boolean unchanged(Facts facts) {
		List<Engine> fragments = facts.whole.fragments();
		for (int i = 0; i < fragments.size(); i++) {
			if (stamp(fragments.get(i)) != facts.stamps.get(i)) {
				return false;
			}
		}
		return true;
	}

	/** Same fragments (compared as sets) and none of their files changed since. */
	private static boolean sameParts(Facts facts, WholeEngine whole, List<Object> stamps) {
		List<Engine> before = facts.whole.fragments();
		List<Engine> now = whole.fragments();
		if (before.size() != now.size()) {
			return false;
		}
		Map<Engine, Object> stampBefore = new IdentityHashMap<>();
		for (int i = 0; i < before.size(); i++) {
			stampBefore.put(before.get(i), facts.stamps.get(i));
		}
		for (int i = 0; i < now.size(); i++) {
			if (stampBefore.get(now.get(i)) != stamps.get(i)) {
				return false;
			}
		}
		return true;
	}

	private static Store store(ResourceSet resourceSet) {
		synchronized (resourceSet) {
			for (Object adapter : resourceSet.eAdapters()) {
				if (adapter instanceof Store store) {
					return store;
				}
			}
			Store store = new Store();
			resourceSet.eAdapters().add(store);
			return store;
		}
	}
}
