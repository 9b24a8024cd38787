package org.salesengine.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Makes ELK Layered known to ELK. On a plain class path ELK finds it through META-INF/services; inside OSGi it does
 * not, and layout fails with "Layout algorithm 'org.eclipse.elk.layered' not found". Registering twice is harmless
 * but wasteful, hence the check.
 */
final class ElkRegistration {
	private static boolean done;

	private ElkRegistration() {
	}

	static synchronized void ensureLayered() {
		if (done) {
			return;
		}
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
		done = true;
	}
}
