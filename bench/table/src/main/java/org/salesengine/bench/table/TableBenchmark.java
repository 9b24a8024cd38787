package org.salesengine.bench.table;

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
import org.salesengine.diagram.tests.SyntheticEngine;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.render.CsvTableWriter;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.table.render.TextTableWriter;

/**
 * What {@code salesengine table} spends once the model is loaded: build the table from the engine, then write it
 * (CSV, or measure its text and write the SVG). On the diagrams' 300-element synthetic engine, whose cross tables are
 * the largest a client would see: 90 KPIs as columns of the alignment, 30 rituals and 30 plans for kpi-governance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Djava.awt.headless=true" })
public class TableBenchmark {
	@Param({ "15" })
	int units;

	@Param({ "alignment", "kpi-governance", "accountability" })
	String table;

	@Param({ "text", "csv", "svg" })
	String format;

	private WholeEngine engine;
	private TableKind kind;

	@Setup
	public void createEngine() {
		engine = WholeEngine.of(SyntheticEngine.create(units, SyntheticEngine.Shape.UNITS));
		kind = TableKind.byCliName(table).orElseThrow();
	}

	@Benchmark
	public String buildAndWrite() {
		Table built = Tables.build(kind, engine, List.of());
		return switch (format) {
			case "text" -> TextTableWriter.write(built);
			case "csv" -> CsvTableWriter.write(built);
			default -> TableDrawing.svg(built);
		};
	}
}
