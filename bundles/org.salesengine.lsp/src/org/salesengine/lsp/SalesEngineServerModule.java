package org.salesengine.lsp;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.service.AbstractGenericModule;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The services Xtext's language server advertises only when a language binds them, and the ones it replaces with
 * our own.
 */
public class SalesEngineServerModule extends AbstractGenericModule {

	/** Rename across the files of an engine: Xtext's rename over the index, through our partial serializer. */
	public Class<? extends IRenameService2> bindIRenameService2() {
		return RenameService2.class;
	}

	/** The workbench's quick fixes, as code actions. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return EngineCodeActions.class;
	}

	/** The salesengine/... requests. */
	public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
		return EngineRequests.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return RuleHover.class;
	}

	/**
	 * The server checks files and writes none. Xtext's default ({@code OnlyWithoutErrors}) validates every built file
	 * a second time to decide whether to run the generator: a third of the re-check of a 600-file engine.
	 */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}

	/** Never generates: the language has no generator, and the server must not write into the user's folders. */
	public static final class NothingToGenerate implements IShouldGenerate {
		@Override
		public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
			return false;
		}
	}
}
