package org.salesengine.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

/** The .sales files of a project (or folder), in a stable order, and the EMF URIs they are loaded under. */
public final class ProjectFiles {
	private ProjectFiles() {
	}

	public static List<IFile> salesFiles(IContainer container) {
		List<IFile> files = new ArrayList<>();
		if (container == null || !container.isAccessible()) {
			return files;
		}
		try {
			container.accept(resource -> {
				if (isSalesFile(resource)) {
					files.add((IFile) resource);
				}
				return resource.getType() != IResource.FILE && !resource.getName().startsWith(".")
						&& !resource.getName().equals("target");
			});
		} catch (CoreException e) {
			return files;
		}
		files.sort(Comparator.comparing(f -> f.getFullPath().toString()));
		return files;
	}

	public static boolean isSalesFile(IResource resource) {
		return resource.getType() == IResource.FILE && "sales".equals(resource.getFileExtension());
	}

	public static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}
}
