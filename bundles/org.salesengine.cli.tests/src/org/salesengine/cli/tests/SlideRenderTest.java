package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/** {@code salesengine render --page} and {@code --process}: diagrams made for a slide. */
class SlideRenderTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	@TempDir
	Path temp;

	private static CliRun render(String... args) {
		return SALESENGINE.run(Stream.concat(Stream.of("render", TestFiles.example("acme.sales").toString()), Stream.of(args))
				.toArray(String[]::new));
	}

	@Test
	void aSixteenByNinePageIsA1920By1080PngAndSvg() throws Exception {
		CliRun png = render("--diagram", "kpis", "--page", "16:9", "--format", "png", "-o", temp.toString());
		assertEquals(0, png.exitCode(), png.err());
		byte[] bytes = Files.readAllBytes(temp.resolve("AcmeEmea-kpis.png"));
		// A PNG's IHDR chunk gives width and height as the two big-endian ints after the 8-byte signature and the
		// chunk's length and type (8 bytes).
		assertEquals(1920, ByteBuffer.wrap(bytes, 16, 4).getInt());
		assertEquals(1080, ByteBuffer.wrap(bytes, 20, 4).getInt());

		CliRun svg = render("--diagram", "kpis", "--page", "16:9", "-o", temp.toString());
		assertEquals(0, svg.exitCode(), svg.err());
		String text = Files.readString(temp.resolve("AcmeEmea-kpis.svg"));
		Matcher root = Pattern.compile("<svg [^>]*width=\"1920\" height=\"1080\" viewBox=\"([-\\d.]+) ([-\\d.]+) ([\\d.]+) ([\\d.]+)\"").matcher(text);
		assertTrue(root.find(), text.substring(0, 400));
		double x = Double.parseDouble(root.group(1));
		double y = Double.parseDouble(root.group(2));
		double width = Double.parseDouble(root.group(3));
		double height = Double.parseDouble(root.group(4));
		// The viewBox has the page's shape, so the viewer scales by 1920 / width in both directions.
		assertEquals(16 / 9.0, width / height, 0.01);
		double scale = 1920 / width;
		// The diagram's own origin lands at (-x, -y) × scale on the page: inside the 48 px margins, and on the margin
		// in the direction it fills (the diagram is scaled to the larger of its two proportions).
		double left = -x * scale;
		double top = -y * scale;
		assertTrue(left >= 48 - 0.5 && top >= 48 - 0.5, "left " + left + ", top " + top);
		assertTrue(Math.abs(left - 48) < 0.5 || Math.abs(top - 48) < 0.5, "left " + left + ", top " + top);
	}

	@Test
	void anUnknownPageIsAUsageError() {
		CliRun run = render("--page", "16:8", "-o", temp.toString());
		assertEquals(2, run.exitCode());
		assertEquals("salesengine: --page 16:8: unknown page (did you mean '16:9'?); the pages are 16:9, 4:3\n", run.err());
	}

	@Test
	void oneProcessIsDrawnAlone() throws Exception {
		CliRun run = render("--process", "Renewal", "-o", temp.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("AcmeEmea-pipeline-Renewal.svg"), Files.list(temp).map(p -> p.getFileName().toString()).toList());
		String svg = Files.readString(temp.resolve("AcmeEmea-pipeline-Renewal.svg"));
		assertTrue(svg.contains("<g id=\"AcmeEmea.Review\""), "Renewal's stages are drawn");
		assertTrue(svg.contains("<g id=\"AcmeEmea.Expand\""));
		assertFalse(svg.contains("<g id=\"AcmeEmea.Lead\""), "NewBusiness's stages are not");
		assertFalse(svg.contains("<g id=\"AcmeEmea.NewBusiness\""));
	}

	@Test
	void anUnknownProcessIsAUsageErrorThatNamesTheClosest() {
		CliRun run = render("--process", "Renewl", "-o", temp.toString());
		assertEquals(2, run.exitCode());
		assertEquals("salesengine: --process Renewl: there is no process 'Renewl' (did you mean 'Renewal'?); the processes are"
				+ " NewBusiness, Renewal\n", run.err());
	}
}
