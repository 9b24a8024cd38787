package org.salesengine.ui.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.scenario.Scenarios;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * The Diagram view's view controls: layer and filter toggles (the view menu), a colour-by menu, a scenario menu, a
 * focus on the element at the editor's caret with a depth spinner, and "Save as view...". Each change asks the view for a new
 * build; the toggles show the settings of what is on show, also when a saved view set them.
 */
final class ViewControls {
	private final DiagramView view;
	private Spinner depth;
	private final java.util.Map<String, IAction> layerToggles = new java.util.LinkedHashMap<>();
	private final java.util.Map<String, IAction> kindToggles = new java.util.LinkedHashMap<>();
	private final java.util.Map<String, IAction> colourChoices = new java.util.LinkedHashMap<>();
	/** The scenario drawn, or null for the engine as written; read by the view's build job. */
	private volatile String scenario;

	ViewControls(DiagramView view) {
		this.view = view;
	}

	void createDepth(Composite bar) {
		Label label = new Label(bar, SWT.NONE);
		label.setText("depth");
		depth = new Spinner(bar, SWT.BORDER);
		depth.setValues(ViewWords.DEFAULT_DEPTH, 0, (int) Rule.FOCUS_DEPTH_OUT_OF_RANGE.parameter("most").fallback().low(), 0, 1, 1);
		depth.setToolTipText("How many links from the focus an element may be");
		depth.addListener(SWT.Selection, e -> {
			ViewRequest request = view.request();
			if (!request.focusIds().isEmpty() && depth.getSelection() != request.depth()) {
				view.ask(ViewRequest.of(view.settings()).withFocus(request.focusIds(), depth.getSelection()));
			}
		});
	}

	void contribute(IToolBarManager toolbar, IMenuManager menu) {
		toolbar.add(new Separator());
		toolbar.add(action("Focus on selection", this::focusOnSelection));
		toolbar.add(action("Clear focus", this::clearFocus));
		toolbar.add(action("Save as view...", this::saveAsViewDialog));
		MenuManager layers = new MenuManager("Layers");
		for (String layer : ViewWords.LAYERS) {
			IAction toggle = toggle(layer, checked -> setLayer(layer, checked));
			toggle.setChecked(true);
			layerToggles.put(layer, toggle);
			layers.add(toggle);
		}
		MenuManager kinds = new MenuManager("Show kinds");
		for (String kind : ViewWords.KINDS) {
			IAction toggle = toggle(kind, checked -> setHidden(kind, !checked));
			toggle.setChecked(true);
			kindToggles.put(kind, toggle);
			kinds.add(toggle);
		}
		MenuManager colours = new MenuManager("Color by");
		for (String by : ViewWords.COLOR_BY) {
			IAction choice = new Action(by, IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						colorBy(by);
					}
				}
			};
			choice.setChecked(by.equals(ViewWords.DEFAULT_COLOR_BY));
			colourChoices.put(by, choice);
			colours.add(choice);
		}
		menu.add(layers);
		menu.add(kinds);
		menu.add(colours);
		menu.add(scenarioMenu());
	}

	/** The engine's scenarios, read when the menu opens, so a scenario just written in the text is there. */
	private MenuManager scenarioMenu() {
		MenuManager scenarios = new MenuManager("Scenario");
		scenarios.setRemoveAllWhenShown(true);
		scenarios.addMenuListener(shown -> {
			for (String name : scenarioNames()) {
				IAction choice = new Action(name, IAction.AS_RADIO_BUTTON) {
					@Override
					public void run() {
						if (isChecked()) {
							chooseScenario(name);
						}
					}
				};
				choice.setChecked(name.equals(scenario == null ? ScenarioEngine.BASE : scenario));
				shown.add(choice);
			}
		});
		// A menu that is filled when shown needs one item to be shown at all.
		scenarios.add(new Separator());
		return scenarios;
	}

	/** base, then the scenarios of the engine the view shows, in the order the engine writes them. */
	List<String> scenarioNames() {
		SalesEngineEditor editor = view.editor();
		if (editor == null || editor.model() == null) {
			return List.of(ScenarioEngine.BASE);
		}
		List<String> names = editor.model().read(snapshot -> snapshot.engine() == null || snapshot.engine().getName() == null ? null
				: Scenarios.names(SalesEngineUi.get().injector().getInstance(EngineFragments.class).wholeEngineOf(snapshot.engine())));
		return names == null ? List.of(ScenarioEngine.BASE) : names;
	}

	/** Draws a scenario of the engine, its changed elements marked; base draws the engine as written. */
	void chooseScenario(String name) {
		scenario = ScenarioEngine.BASE.equals(name) ? null : name;
		view.ask(view.request());
	}

	/** The scenario to draw, or null for the engine as written. */
	String scenario() {
		return scenario;
	}

	/** Shows the settings of what was built (a saved view sets the toggles too). */
	void update(ViewSettings settings) {
		layerToggles.forEach((layer, toggle) -> toggle.setChecked(settings.showsLayer(layer)));
		kindToggles.forEach((kind, toggle) -> toggle.setChecked(!settings.hidden().contains(kind)));
		colourChoices.forEach((by, choice) -> choice.setChecked(by.equals(settings.colorBy())));
		if (depth != null && !depth.isDisposed() && !settings.focus().isEmpty()) {
			depth.setSelection(settings.depth());
		}
	}

	void setLayer(String layer, boolean shown) {
		ViewSettings current = view.settings();
		Set<String> layers = new LinkedHashSet<>(current.layers().isEmpty() ? ViewWords.LAYERS : List.copyOf(current.layers()));
		if (shown) {
			layers.add(layer);
		} else {
			layers.remove(layer);
		}
		view.ask(ViewRequest.of(current).withLayers(layers.containsAll(ViewWords.LAYERS) ? Set.of() : layers));
	}

	void setHidden(String kind, boolean hidden) {
		ViewSettings current = view.settings();
		Set<String> kinds = new LinkedHashSet<>(current.hidden());
		if (hidden) {
			kinds.add(kind);
		} else {
			kinds.remove(kind);
		}
		view.ask(ViewRequest.of(current).withHidden(kinds));
	}

	void colorBy(String by) {
		view.ask(ViewRequest.of(view.settings()).withColorBy(by));
	}

	/** Centres the view on the element the editor's caret is in, at the spinner's depth. */
	void focusOnSelection() {
		String element = view.caretElement();
		if (element != null) {
			view.ask(ViewRequest.of(view.settings()).withFocus(List.of(element), depth == null ? ViewWords.DEFAULT_DEPTH : depth.getSelection()));
		}
	}

	void clearFocus() {
		view.ask(ViewRequest.of(view.settings()).withFocus(List.of(), ViewWords.DEFAULT_DEPTH));
	}

	void setDepth(int value) {
		depth.setSelection(value);
		depth.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private void saveAsViewDialog() {
		InputDialog dialog = new InputDialog(view.getSite().getShell(), "Save as view", "Name of the view (a name of the language, such as AeLineOfSight):",
				"", text -> SaveAsView.isName(text) ? null : "a view's name is a word of letters, digits and underscores");
		if (dialog.open() == Window.OK) {
			saveAsView(dialog.getValue(), "");
		}
	}

	/**
	 * Writes the settings on show into the editor's text as a saved view: one insertion, undoable in one step.
	 * False when there is no editor, no engine or no valid name.
	 */
	boolean saveAsView(String name, String title) {
		SalesEngineEditor editor = view.editor();
		if (editor == null || !SaveAsView.isName(name)) {
			return false;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ViewSettings settings = view.settings();
		SaveAsView.Insertion insertion = editor.model().read(snapshot -> {
			if (snapshot.engine() == null || snapshot.syntaxError() != null) {
				return null;
			}
			var whole = SalesEngineUi.get().injector().getInstance(EngineFragments.class).wholeEngineOf(snapshot.engine());
			return SaveAsView.of(snapshot.engine(), whole, document.get(), settings, name, title);
		});
		if (insertion == null) {
			return false;
		}
		try {
			document.replace(insertion.offset(), 0, insertion.text());
		} catch (BadLocationException e) {
			SalesEngineUi.log("cannot save the view " + name, e);
			return false;
		}
		view.showSavedView(name);
		return true;
	}

	private static IAction action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private static IAction toggle(String label, java.util.function.Consumer<Boolean> onChange) {
		return new Action(label, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				onChange.accept(isChecked());
			}
		};
	}
}
