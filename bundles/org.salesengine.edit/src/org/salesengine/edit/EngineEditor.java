package org.salesengine.edit;

import java.util.List;

import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * The edit operations, headless: an operation and an engine in, the text edits of every file it changes out, for
 * the caller (the command line, the workbench, a language server) to apply. The text stays the single source of
 * truth: nothing is saved through the serializer, and everything outside the edited element is left as it was.
 *
 * <p>Get it from the language's IDE injector ({@code SalesEngineIdeSetup}), whose change serializer is set up for
 * minimal edits, with the engine loaded by that injector. Computing an operation changes the loaded models (see
 * {@link ChangeRun}): load the files again before the next one.
 */
public class EngineEditor {
	@Inject
	private ChangeRun changes;
	@Inject
	private Creations creations;
	@Inject
	private Links links;
	@Inject
	private Renames renames;
	@Inject
	private Deletions deletions;
	@Inject
	private PropertyValues properties;
	@Inject
	private ScenarioPuts scenarios;

	/** The edits of the operation, or why it cannot be done. Never throws for a bad operation. */
	public EditResult apply(WholeEngine engine, EditOperation operation) {
		Change change;
		try {
			change = switch (operation) {
				case EditOperation.Create create -> creations.plan(engine, create);
				case EditOperation.Connect connect -> links.plan(engine, connect);
				case EditOperation.Disconnect disconnect -> links.plan(engine, disconnect);
				case EditOperation.Rename rename -> renames.plan(engine, rename);
				case EditOperation.Delete delete -> deletions.plan(engine, delete);
				case EditOperation.SetProperty set -> properties.plan(engine, set);
				case EditOperation.PutScenario put -> scenarios.plan(engine, put);
			};
		} catch (Refusal refusal) {
			return EditResult.refused(refusal.getMessage(), refusal.breakages());
		}
		try {
			PinEdits pins = new PinEdits(engine);
			List<FileEdit> files = new java.util.ArrayList<>(changes.run(engine, change));
			// The pins follow the elements: the workbench applies this edit with the others, the command line writes it.
			pins.after(engine).ifPresent(files::add);
			return new EditResult(true, change.summary(), files, change.breakages());
		} catch (Refusal refusal) {
			return EditResult.refused(refusal.getMessage());
		}
	}

	/** Whether the engine has an element of that name (as the operations name them). */
	public static boolean holds(WholeEngine engine, String name) {
		try {
			Names.find(engine, name);
			return true;
		} catch (Refusal missing) {
			return false;
		}
	}

	/**
	 * The name the operations know an element by, as users write it: {@code SDR}, {@code NewBusiness.Lead},
	 * {@code AEPlan.NewARR}; for a caller (the workbench's palette) that holds the element of its own parse.
	 */
	public static String nameOf(org.eclipse.emf.ecore.EObject element) {
		return Names.label(element);
	}

	/** The names of existing elements the operation refers to, to find the engine it is meant for. */
	public static List<String> names(EditOperation operation) {
		List<String> names = switch (operation) {
			case EditOperation.Create create -> java.util.Arrays.asList(create.parent());
			case EditOperation.Connect connect -> List.of(connect.source(), connect.target());
			case EditOperation.Disconnect disconnect -> List.of(disconnect.source(), disconnect.target());
			case EditOperation.Rename rename -> List.of(rename.element());
			case EditOperation.Delete delete -> List.of(delete.element());
			case EditOperation.SetProperty set -> List.of(set.element());
			case EditOperation.PutScenario put -> put.settings().stream().map(EditOperation.PutScenario.Setting::element).toList();
		};
		return names.stream().filter(java.util.Objects::nonNull).toList();
	}
}
