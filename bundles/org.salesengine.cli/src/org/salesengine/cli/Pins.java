package org.salesengine.cli;

import java.io.PrintWriter;

import org.salesengine.diagram.pins.PinFile;
import org.salesengine.diagram.pins.PinFileFormat;
import org.salesengine.diagram.pins.PinFiles;
import org.salesengine.diagram.pins.PinProblem;
import org.salesengine.model.engine.WholeEngine;

/** The pins of an engine for the commands that draw it; a line of the pin file that cannot be read is a warning. */
final class Pins {
	private Pins() {
	}

	static PinFile read(WholeEngine engine, PrintWriter err) {
		PinFileFormat.Read read = PinFiles.read(engine);
		for (PinProblem problem : read.problems()) {
			err.println(problem);
		}
		return read.pins();
	}
}
