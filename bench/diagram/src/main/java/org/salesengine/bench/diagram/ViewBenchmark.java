package org.salesengine.bench.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.paint.PngPainter;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.SalesEngineStandaloneSetup;
import org.salesengine.generator.EngineGenerator;
import org.salesengine.model.Engine;
import org.salesengine.model.Expression;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Role;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * A saved view on a large engine, as {@code salesengine render --view} draws it once the model is loaded: cut the
 * engine map down to one account executive and everything within two links, lay it out with ELK, write the SVG or
 * paint the PNG. The engine is {@code salesengine generate}'s (seed 7, one file) at the size that gives about 2,000
 * named elements; the whole map of the same engine is measured beside it, for the workbench's worst case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Djava.awt.headless=true", "-Xss16m" })
public class ViewBenchmark {
	/** Lines of the generated engine: 7,000 lines are 2,0xx named elements (checked in the setup). */
	@Param({ "7000" })
	int lines;

	private WholeEngine engine;
	private ViewSettings focused;
	/** The focused account executive's box dragged 200 px down: what the workbench writes to the pin file. */
	private Map<String, Point> dragged;

	@Setup(Level.Trial)
	public void load() throws IOException {
		XtextResourceSet resources = new SalesEngineStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		String text = EngineGenerator.generate(7, lines, 1).values().iterator().next();
		XtextResource resource = (XtextResource) resources.createResource(URI.createFileURI("/bench/large.sales"));
		resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), Map.of());
		EcoreUtil.resolveAll(resources);
		Engine root = (Engine) resource.getContents().get(0);
		engine = WholeEngine.of(root);
		List<Role> executives = new ArrayList<>();
		int elements = 0;
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Expression) {
				it.prune();
			} else if (element instanceof NamedElement) {
				elements++;
				if (element instanceof Role role && role.getName().endsWith("AE")) {
					executives.add(role);
				}
			}
		}
		if (elements < 1900 || elements > 2300) {
			throw new IllegalStateException(lines + " generated lines give " + elements + " elements, not about 2,000");
		}
		// The account executive of the middle region: a role with a team, a process, KPIs and a plan around it.
		Role focus = executives.get(executives.size() / 2);
		focused = ViewSettings.NONE.withFocus(List.of(focus), 2);
		Bounds box = draw(focused).node(ElementIds.of(focus)).orElseThrow().bounds();
		dragged = Map.of(ElementIds.of(focus), new Point(Math.round(box.x()), Math.round(box.y()) + 200));
		System.err.println("ViewBenchmark: " + elements + " elements, " + executives.size() + " account executives, focus " + focus.getName());
	}

	@Benchmark
	public String focusedViewSvg() {
		return SvgWriter.write(draw(focused));
	}

	@Benchmark
	public byte[] focusedViewPng() {
		return PngPainter.paint(draw(focused));
	}

	/** The same view with one box pinned: the free layout, then up to three interactive ELK runs. */
	@Benchmark
	public String focusedViewPinnedSvg() {
		return SvgWriter.write(Diagrams.build(DiagramKind.ENGINE, engine, List.of(), StageVolumes.NONE, focused, Map.of(), null, dragged));
	}

	/** The whole map, for comparison: what the workbench lays out off the UI thread. SVG only: its PNG is huge. */
	@Benchmark
	@Warmup(iterations = 1, time = 1)
	@Measurement(iterations = 3, time = 1)
	public String wholeMapSvg() {
		return SvgWriter.write(draw(ViewSettings.NONE));
	}

	private Diagram draw(ViewSettings settings) {
		return Diagrams.build(DiagramKind.ENGINE, engine, List.of(), StageVolumes.NONE, settings, Map.of());
	}
}
