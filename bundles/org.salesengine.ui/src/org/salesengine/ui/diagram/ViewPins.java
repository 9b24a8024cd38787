package org.salesengine.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.pins.PinFile;
import org.salesengine.diagram.pins.PinFileFormat;
import org.salesengine.diagram.pins.PinFiles;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.ui.SalesEngineUi;

/**
 * The pins of the view on show: where its pin file is, which block of it belongs to the view, and the pins read
 * for the last layout. Dragging a box adds a pin, "Arrange all" clears the view's; both rewrite the file atomically
 * and read it again, so an edit of the file by hand or by a rename is never overwritten with older pins.
 *
 * @param file the pin file beside the engine's first file, or null when that file is not on disk
 */
record ViewPins(Path file, String view, String engineName, Map<String, Point> pins) {
	static final ViewPins NONE = new ViewPins(null, "", "", Map.of());

	ViewPins {
		pins = Map.copyOf(pins);
	}

	/** The pins of this view of the engine, read now; a bad line is logged and left out. */
	static ViewPins of(WholeEngine engine, ViewSettings settings) {
		Path file = PinFiles.firstFile(engine).flatMap(ViewPins::local).map(PinFiles::besides).orElse(null);
		String view = PinFile.viewOf(settings);
		if (file == null) {
			return new ViewPins(null, view, engine.name(), Map.of());
		}
		return new ViewPins(file, view, engine.name(), read(file).pins(view));
	}

	/** Pins a box at the top-left corner it was dropped at. */
	void pin(String nodeId, Point where) throws IOException {
		update(read(file).with(view, nodeId, where));
	}

	/** "Arrange all": the view's pins removed, so that ELK lays every box out again. Nothing to do without a file. */
	void clear() throws IOException {
		if (file == null) {
			return;
		}
		update(read(file).cleared(view));
	}

	private void update(PinFile pins) throws IOException {
		if (file == null) {
			throw new IOException("the engine's file is not on disk: there is nowhere to keep its pins");
		}
		PinFiles.write(file, pins, engineName);
		refresh();
	}

	private static PinFile read(Path file) {
		if (file == null) {
			return PinFile.EMPTY;
		}
		PinFileFormat.Read read = PinFiles.read(file);
		read.problems().forEach(problem -> SalesEngineUi.log(problem.toString(), null));
		return read.pins();
	}

	/** The workspace learns of the new file, so that it shows in the explorer and goes into team operations. */
	private void refresh() {
		for (IFile resource : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
			try {
				resource.refreshLocal(0, null);
			} catch (CoreException e) {
				// The pins are written; only the explorer lags until the next refresh.
			}
		}
	}

	/** A workspace file's place on disk (Eclipse gives the engine's files as platform:/resource URIs). */
	private static Optional<Path> local(URI uri) {
		if (uri.isFile()) {
			return Optional.of(Path.of(uri.toFileString()));
		}
		if (uri.isPlatformResource()) {
			IPath location = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true))).getLocation();
			return location == null ? Optional.empty() : Optional.of(location.toPath());
		}
		return Optional.empty();
	}
}
