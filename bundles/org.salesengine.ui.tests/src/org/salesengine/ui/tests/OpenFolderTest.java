package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.markers.Markers;
import org.salesengine.ui.workbench.FolderProjects;
import org.salesengine.ui.workbench.OpenFromCommandLine;

/**
 * `salesengine workbench FOLDER` as its user meets it: each folder opens as a project of its own, so copies of one
 * engine in two folders do not clash; nothing is written into the folder; opening it again finds its project; and at
 * start, projects of deleted folders go and the old shared project is split up.
 */
class OpenFolderTest {
	@TempDir
	Path temp;
	private final List<IProject> projects = new ArrayList<>();

	@AfterEach
	void dropProjects() throws CoreException {
		Ui.closeAll();
		for (IProject project : projects) {
			if (project.exists()) {
				project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
			}
		}
	}

	@Test
	void copiesOfAnEngineInTwoFoldersDoNotClash() throws Exception {
		// broken.sales rides along so that each project has findings: no duplicates must mean checked and clean.
		Path first = folder("emea/sales", "acme.sales", "broken.sales");
		Path second = folder("backup/sales", "acme.sales", "broken.sales");
		IProject one = open(first);
		IProject two = open(second);
		assertNotEquals(one, two);
		assertTrue(one.getName().startsWith("sales") && two.getName().startsWith("sales"), one.getName() + ", " + two.getName());
		for (IProject project : List.of(one, two)) {
			List<String> codes = codes(Ui.markers(project));
			assertTrue(codes.contains("misaligned-incentive"), project.getName() + " was not checked: " + codes);
			assertFalse(codes.contains("duplicate-name"), project.getName() + " sees the other folder's engine: " + codes);
		}
		assertEquals(List.of("acme.sales", "broken.sales"), names(first), "nothing may be written into the user's folder");
		assertEquals(List.of("acme.sales", "broken.sales"), names(second), "nothing may be written into the user's folder");
	}

	@Test
	void twoCopiesInsideOneFolderDoClash() throws Exception {
		// The scope is the opened folder, subfolders included: this is what the test above must not see.
		Path folder = folder("team", "a/acme.sales", "b/acme.sales");
		List<String> codes = codes(Ui.markers(open(folder)));
		assertTrue(codes.contains("duplicate-name"), codes.toString());
	}

	@Test
	void openingAFolderAgainReusesItsProject() throws Exception {
		Path folder = folder("sales", "acme.sales");
		IProject project = open(folder);
		int count = ResourcesPlugin.getWorkspace().getRoot().getProjects().length;
		IFile file = OpenFromCommandLine.open(folder.resolve("acme.sales"));
		assertEquals(project, file.getProject());
		assertEquals(count, ResourcesPlugin.getWorkspace().getRoot().getProjects().length);
		assertEquals(IPath.fromOSString(folder.resolve("acme.sales").toString()), file.getLocation(), "the editor edits the user's file");
	}

	@Test
	void aProjectWhoseFolderWasDeletedIsDroppedAtStart() throws Exception {
		Path gone = folder("gone/sales", "acme.sales");
		Path kept = folder("kept/sales", "acme.sales");
		IProject goneProject = open(gone);
		IProject keptProject = open(kept);
		Ui.closeAll();
		deleteRecursively(gone);
		FolderProjects.cleanUp();
		assertFalse(goneProject.exists(), "the project of a deleted folder is dropped");
		assertTrue(keptProject.exists(), "the project of a folder still there stays");
		assertEquals(List.of("acme.sales"), names(kept));
	}

	@Test
	void theOldSharedProjectIsSplitIntoAProjectPerFolder() throws Exception {
		Path first = folder("one/sales", "acme.sales");
		Path second = folder("two/sales", "acme.sales");
		// As the workbench left it before: both folders linked into one project "Engines".
		IProject shared = Ui.project("Engines");
		projects.add(shared);
		shared.getFolder("sales").createLink(IPath.fromOSString(first.toString()), IResource.NONE, null);
		shared.getFolder("sales-2").createLink(IPath.fromOSString(second.toString()), IResource.NONE, null);
		assertTrue(codes(Ui.markers(shared)).contains("duplicate-name"), "the mix this clean-up ends");

		FolderProjects.cleanUp();
		assertFalse(shared.exists());
		for (Path folder : List.of(first, second)) {
			IProject project = FolderProjects.find(folder);
			assertNotNull(project, folder + " has a project of its own");
			projects.add(project);
			List<String> codes = codes(Ui.markers(project));
			assertFalse(codes.contains("duplicate-name"), codes.toString());
			assertTrue(FolderProjects.content(project).getFile("acme.sales").exists());
			assertEquals(List.of("acme.sales"), names(folder), "the link went, the user's files stayed");
		}
	}

	private IProject open(Path folder) throws CoreException {
		IProject project = OpenFromCommandLine.open(folder).getProject();
		projects.add(project);
		return project;
	}

	/** A folder in the temporary directory with copies of examples: "b/acme.sales" is a copy of acme.sales in b/. */
	private Path folder(String relative, String... files) throws IOException {
		Path folder = temp.resolve(relative);
		for (String file : files) {
			Path target = folder.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(TestFiles.example(target.getFileName().toString()), target);
		}
		return folder;
	}

	private static List<String> codes(List<IMarker> markers) {
		return markers.stream().map(m -> m.getAttribute(Markers.CODE, "")).distinct().sorted().toList();
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
