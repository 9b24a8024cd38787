package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.formatting2.EngineFormatting;
import org.salesengine.model.Behavior;
import org.salesengine.model.Engine;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.StageCount;
import org.salesengine.model.engine.EngineSections;

import com.google.inject.Inject;

/**
 * Stages and outcomes are named within their process: two processes may both have a stage Lead and an outcome
 * ClosedWon; a stage is referred to by its plain name where that is unique in the engine and as Process.Stage where
 * it is not.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class ScopingTest {
	private static final String TWO_PROCESSES = """
			engine Two {
			  structure {
			    process NewBusiness {
			      stage Lead
			      stage Pitch
			      won ClosedWon
			      lost ClosedLost
			    }
			    process Renewal {
			      stage Lead
			      won ClosedWon
			      lost ClosedLost
			    }
			  }
			  culture {
			    behavior Follow { during Pitch, NewBusiness.Lead, Renewal.Lead }
			    BEHAVIOR
			  }
			  metrics {
			    kpi Leads { unit count counts Renewal.Lead entries }
			  }
			}
			""";

	@Inject
	private ParseHelper<Engine> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private IScopeProvider scopes;
	@Inject
	private ISerializer serializer;
	@Inject
	private EngineFormatting formatting;

	@Test
	void plainAndQualifiedStageNamesLinkAndSameNamesInTwoProcessesAreNoDuplicates() throws Exception {
		Engine engine = parser.parse(TWO_PROCESSES.replace("BEHAVIOR", ""));
		assertEquals(List.of(), messages(engine));
		List<SalesProcess> processes = EngineSections.processes(engine);
		Behavior follow = EngineSections.behaviors(engine).get(0);
		assertSame(processes.get(0).getStages().get(1), follow.getDuring().get(0), "Pitch is unique: plain name");
		assertSame(processes.get(0).getStages().get(0), follow.getDuring().get(1));
		assertSame(processes.get(1).getStages().get(0), follow.getDuring().get(2));
		assertSame(processes.get(1).getStages().get(0), ((StageCount) EngineSections.kpis(engine).get(0).getFunnel()).getStage());
	}

	@Test
	void anAmbiguousPlainStageNameNamesBothCandidates() throws Exception {
		Engine engine = parser.parse(TWO_PROCESSES.replace("BEHAVIOR", "behavior Open { during Lead }"));
		assertEquals(List.of("unresolved-reference: stage 'Lead' is ambiguous: write NewBusiness.Lead or Renewal.Lead"), messages(engine));
	}

	@Test
	void aStageOrOutcomeNameRepeatedInOneProcessIsADuplicate() throws Exception {
		Engine engine = parser.parse("engine One { structure { process P { stage Lead stage Lead won Lead lost Lost } } }");
		assertEquals(List.of("duplicate-name: duplicate name 'Lead': 3 elements of process P have it (also stage at line 1)",
				"duplicate-name: duplicate name 'Lead': 3 elements of process P have it (also stage at line 1)",
				"duplicate-name: duplicate name 'Lead': 3 elements of process P have it (also stage at line 1)"), messages(engine));
	}

	/** What content assist offers after "during": the plain name where it is unique, Process.Stage where it is not. */
	@Test
	void theScopeOffersQualifiedNamesOnlyWhereNeeded() throws Exception {
		Engine engine = parser.parse(TWO_PROCESSES.replace("BEHAVIOR", ""));
		Behavior follow = EngineSections.behaviors(engine).get(0);
		List<String> offered = StreamSupport.stream(scopes.getScope(follow, SalesEnginePackage.Literals.BEHAVIOR__DURING)
				.getAllElements().spliterator(), false).map(d -> d.getName().toString()).sorted().toList();
		assertEquals(List.of("NewBusiness.Lead", "Pitch", "Renewal.Lead"), offered);
	}

	@Test
	void serializingWritesPlainNamesWhereUniqueAndQualifiedWhereNotAndFormattingKeepsThem() throws Exception {
		Engine engine = parser.parse(TWO_PROCESSES.replace("BEHAVIOR", ""));
		// References set anew, in another order, match no text to copy: the serializer asks the scope how to write each.
		Behavior follow = EngineSections.behaviors(engine).get(0);
		List<Stage> stages = new java.util.ArrayList<>(follow.getDuring());
		java.util.Collections.reverse(stages);
		follow.getDuring().clear();
		follow.getDuring().addAll(stages);
		String serialized = serializer.serialize(engine);
		String during = serialized.substring(serialized.indexOf("during"), serialized.indexOf("}", serialized.indexOf("during")));
		assertEquals(List.of("Renewal.Lead", "NewBusiness.Lead", "Pitch"), List.of(during.replace("during", " ").trim().split("[ ,]+")),
				serialized);
		Engine again = parser.parse(serialized);
		assertEquals(List.of(), messages(again));
		assertEquals(List.of("Renewal.Lead", "NewBusiness.Lead", "NewBusiness.Pitch"), EngineSections.behaviors(again).get(0)
				.getDuring().stream().map(s -> ((SalesProcess) s.eContainer()).getName() + "." + s.getName()).toList());

		String formatted = formatting.format((XtextResource) parser.parse(TWO_PROCESSES.replace("BEHAVIOR", "")).eResource());
		assertEquals(1, count(formatted, "during Pitch, NewBusiness.Lead, Renewal.Lead"), formatted);
		assertEquals(1, count(formatted, "counts Renewal.Lead entries"), formatted);
	}

	/** A view's focus names any element of the engine, a stage as everywhere else; views and the engine are not elements. */
	@Test
	void aViewFocusesOnElementsOfEveryKindAndOnStagesAsDuringDoes() throws Exception {
		String views = """
				  views {
				    view Mixed { focus Follow, Pitch, Renewal.Lead, Leads, NewBusiness }
				    view Ambiguous { focus Lead }
				    view Typo { focus Folow }
				    view OnAView { focus Mixed }
				    view OnTheEngine { focus Two }
				  }
				}
				""";
		String text = TWO_PROCESSES.replace("BEHAVIOR", "");
		Engine engine = parser.parse(text.substring(0, text.lastIndexOf('}')) + views);
		List<SalesProcess> processes = EngineSections.processes(engine);
		assertEquals(List.of(EngineSections.behaviors(engine).get(0), processes.get(0).getStages().get(1), processes.get(1).getStages().get(0),
				EngineSections.kpis(engine).get(0), processes.get(0)), EngineSections.views(engine).get(0).getFocus());
		assertEquals(List.of("unresolved-reference: stage 'Lead' is ambiguous: write NewBusiness.Lead or Renewal.Lead",
				"unresolved-reference: unknown element 'Folow' (did you mean 'Follow'?)",
				"unresolved-reference: unknown element 'Mixed'",
				"unresolved-reference: unknown element 'Two'"), messages(engine));
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private List<String> messages(Engine engine) {
		return validation.validate(engine).stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.map(i -> i.getCode() + ": " + i.getMessage()).toList();
	}
}
