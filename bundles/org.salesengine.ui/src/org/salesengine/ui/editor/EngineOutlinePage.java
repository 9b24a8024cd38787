package org.salesengine.ui.editor;

import org.salesengine.model.engine.EngineSections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.salesengine.model.Engine;
import org.salesengine.model.Plan;
import org.salesengine.model.SalesProcess;

/**
 * The outline: the engine's four pillars, each with its elements (stages under their process, measures under their
 * plan). Selecting an element selects its name in the editor.
 */
public final class EngineOutlinePage extends ContentOutlinePage {
	/** A pillar heading; its children are the elements declared in this file under that pillar. */
	public record Pillar(String label, List<EObject> elements) {
	}

	private final SalesEngineEditor editor;
	private final java.util.function.Consumer<EngineDocumentModel.Snapshot> refresher = snapshot -> refreshLater();

	EngineOutlinePage(SalesEngineEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Pillar pillar ? pillar.label() : ElementText.label((EObject) element);
			}
		});
		viewer.setAutoExpandLevel(2);
		viewer.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof EObject element) {
				int[] range = editor.model().read(snapshot -> ElementText.nameRange(element));
				if (range != null) {
					editor.selectAndReveal(range[0], range[1]);
				}
			}
		});
		if (editor.model() != null) {
			editor.model().addListener(refresher);
		}
		refresh();
	}

	/** The outline's tree, for tests that drive it. */
	public TreeViewer getViewerForTests() {
		return getTreeViewer();
	}

	@Override
	public void dispose() {
		if (editor.model() != null) {
			editor.model().removeListener(refresher);
		}
		super.dispose();
	}

	private void refreshLater() {
		Display display = getControl() == null || getControl().isDisposed() ? null : getControl().getDisplay();
		if (display != null) {
			display.asyncExec(this::refresh);
		}
	}

	private void refresh() {
		if (getControl() == null || getControl().isDisposed() || editor.model() == null) {
			return;
		}
		List<Pillar> pillars = editor.model().read(snapshot -> pillars(snapshot.engine()));
		getTreeViewer().setInput(pillars == null ? List.of() : pillars);
	}

	static List<Pillar> pillars(Engine engine) {
		List<Pillar> pillars = new ArrayList<>();
		if (engine == null) {
			return pillars;
		}
		add(pillars, "Strategy", EngineSections.objectives(engine), EngineSections.segments(engine));
		add(pillars, "Structure & Process", EngineSections.roles(engine), EngineSections.teams(engine), EngineSections.processes(engine));
		add(pillars, "Culture & Behaviors", EngineSections.behaviors(engine), EngineSections.rituals(engine));
		add(pillars, "KPIs & Compensation", EngineSections.kpis(engine), EngineSections.plans(engine), EngineSections.spifs(engine));
		// Not a pillar, but part of the text a consultant navigates: the views prepared for a meeting.
		add(pillars, "Views", EngineSections.views(engine));
		return pillars;
	}

	@SafeVarargs
	private static void add(List<Pillar> pillars, String label, List<? extends EObject>... groups) {
		List<EObject> elements = new ArrayList<>();
		for (List<? extends EObject> group : groups) {
			elements.addAll(group);
		}
		if (!elements.isEmpty()) {
			pillars.add(new Pillar(label, elements));
		}
	}

	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return editor.model().read(snapshot -> {
				if (parent instanceof Pillar pillar) {
					return pillar.elements().toArray();
				}
				if (parent instanceof SalesProcess process) {
					return process.getStages().toArray();
				}
				if (parent instanceof Plan plan) {
					return plan.getMeasures().toArray();
				}
				return new Object[0];
			});
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Pillar || element instanceof SalesProcess process && !process.getStages().isEmpty()
					|| element instanceof Plan plan && !plan.getMeasures().isEmpty();
		}
	}
}
