package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.report.ReportFiles;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/**
 * Writes the pages the real-browser test opens (browser/report.test.mjs, run by the build after this suite): the reports
 * of acme, broken and the XSS engine, and their plan documents, into the folder the build names in the system property
 * {@code salesengine.browserPages}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class BrowserPagesTest {
	@Inject
	private EngineLoader loader;

	@Test
	void writesTheReportsAndPlanDocumentsTheBrowserTestOpens() throws IOException {
		String property = System.getProperty("salesengine.browserPages");
		Path folder = property == null ? Files.createTempDirectory("browser-pages") : Path.of(property);
		Files.createDirectories(folder);
		ReportFiles.writeReport(Reports.acme(loader), folder.resolve("acme.html"));
		ReportFiles.writeReport(Reports.broken(loader), folder.resolve("broken.html"));
		ReportFiles.writeReport(Reports.xss(loader), folder.resolve("xss.html"));
		List<Path> acmePlans = ReportFiles.writePlanDocuments(Reports.acme(loader), folder.resolve("plans-acme"));
		List<Path> xssPlans = ReportFiles.writePlanDocuments(Reports.xss(loader), folder.resolve("plans-xss"));
		assertEquals(List.of("AcmeEmea-AEPlan.html", "AcmeEmea-SDRPlan.html", "AcmeEmea-AMPlan.html"),
				acmePlans.stream().map(p -> p.getFileName().toString()).toList());
		assertEquals(1, xssPlans.size());
		for (String name : List.of("acme.html", "broken.html", "xss.html")) {
			assertTrue(Files.readString(folder.resolve(name)).endsWith("</html>\n"), name + " written whole");
		}
	}
}
