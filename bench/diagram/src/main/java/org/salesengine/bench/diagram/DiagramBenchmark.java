package org.salesengine.bench.diagram;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.tests.SyntheticEngine;
import org.salesengine.model.engine.WholeEngine;

/**
 * What {@code salesengine render --format svg} spends per diagram once the model is loaded: build the diagram from
 * the engine, measure its text, lay it out with ELK, write the SVG. On the 300-element synthetic engine the tests
 * check for readability; "units" links stay inside business lines as in real engines, "scattered" is the worst case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Djava.awt.headless=true" })
public class DiagramBenchmark {
	@Param({ "15" })
	int units;

	@Param({ "UNITS", "SCATTERED" })
	String shape;

	@Param({ "engine", "pipeline", "kpis", "pay" })
	String diagram;

	private WholeEngine engine;
	private DiagramKind kind;

	@Setup
	public void createEngine() {
		engine = WholeEngine.of(SyntheticEngine.create(units, SyntheticEngine.Shape.valueOf(shape)));
		kind = DiagramKind.byCliName(diagram);
	}

	@Benchmark
	public String layoutAndWriteSvg() {
		return SvgWriter.write(Diagrams.build(kind, engine, List.of()));
	}
}
