package org.salesengine.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.LinkType;

/**
 * connect and disconnect, for every link the engine map draws: a reference added at the end of its list (after a
 * comma), or removed with its comma; a single reference replaced, or removed with its keyword; a measure written or
 * removed whole. Only the source element's line changes.
 */
class ConnectTest {
	@TempDir
	Path temp;

	static Stream<Arguments> links() {
		return Stream.of(
				// link, connect?, source, target, the line before, the line after ("" when the line goes)
				link(LinkType.SUPPORTS, true, "DealsWon", "NewLogos", "    kpi DealsWon \"Deals won\" { unit count lagging }\n",
						"    kpi DealsWon \"Deals won\" { unit count lagging supports NewLogos }\n"),
				link(LinkType.SUPPORTS, false, "Pipeline", "NewLogos", "      unit currency leading target 36M supports NewLogos owner AE\n",
						"      unit currency leading target 36M owner AE\n"),
				link(LinkType.REVIEWS, true, "PipelineStandup", "Pipeline", "      reviews MeetingsBooked\n",
						"      reviews MeetingsBooked, Pipeline\n"),
				link(LinkType.REVIEWS, false, "DealReview", "WinRate", "      reviews Pipeline, WinRate, StakeholdersPerDeal\n",
						"      reviews Pipeline, StakeholdersPerDeal\n"),
				link(LinkType.INDICATOR, true, "FastFollowUp", "Pipeline", "      indicator MeetingsBooked\n",
						"      indicator MeetingsBooked, Pipeline\n"),
				link(LinkType.INDICATOR, false, "FastFollowUp", "MeetingsBooked", "      during Lead\n      indicator MeetingsBooked\n",
						"      during Lead\n"),
				link(LinkType.REINFORCED_BY, true, "FastFollowUp", "DealReview", "      reinforced by PipelineStandup\n",
						"      reinforced by PipelineStandup, DealReview\n"),
				link(LinkType.REINFORCED_BY, false, "MultiThreading", "DealReview", "      indicator StakeholdersPerDeal\n      reinforced by DealReview\n",
						"      indicator StakeholdersPerDeal\n"),
				link(LinkType.EXPECTED_OF, true, "FastFollowUp", "AE", "      expected of SDR\n", "      expected of SDR, AE\n"),
				link(LinkType.EXPECTED_OF, false, "MultiThreading", "AE",
						"\"Engage three or more stakeholders in every deal\" {\n      expected of AE\n",
						"\"Engage three or more stakeholders in every deal\" {\n"),
				link(LinkType.OWNER, true, "Lead", "AE", "stage Lead      { owner SDR exit", "stage Lead      { owner AE exit"),
				link(LinkType.OWNER, false, "NewBusiness.Lead", "SDR", "stage Lead      { owner SDR exit", "stage Lead      { exit"),
				link(LinkType.COVERS, true, "GrowthTeam", "MidMarket", "members AM covers Installed }", "members AM covers Installed, MidMarket }"),
				link(LinkType.COVERS, false, "GrowthTeam", "Installed", "members AM covers Installed }", "members AM }"),
				link(LinkType.MEMBERS, true, "GrowthTeam", "AE", "members AM covers Installed }", "members AM, AE covers Installed }"),
				link(LinkType.MEMBERS, false, "NewBusinessTeam", "SDR", "members SDR, AE covers", "members AE covers"),
				link(LinkType.LEAD, true, "GrowthTeam", "AM", "\"Growth\" { lead Manager members AM", "\"Growth\" { lead AM members AM"),
				link(LinkType.LEAD, false, "GrowthTeam", "Manager", "\"Growth\" { lead Manager members AM", "\"Growth\" { members AM"),
				link(LinkType.PRODUCES, true, "Renewal", "NewARR", "      produces ExpansionARR\n", "      produces NewARR\n"),
				link(LinkType.PRODUCES, false, "Renewal", "ExpansionARR", "for Installed {\n      produces ExpansionARR\n", "for Installed {\n"),
				link(LinkType.MEASURE, false, "AEPlan", "WinRate",
						"      measure WinRate weight 20% { threshold 80% cap 150% }\n    }\n    plan SDRPlan", "    }\n    plan SDRPlan"));
	}

	private static Arguments link(LinkType link, boolean connect, String source, String target, String before, String after) {
		return Arguments.of(link, connect, source, target, before, after);
	}

	@ParameterizedTest(name = "{1} {0} {2} {3}")
	@MethodSource("links")
	void everyLinkOfTheEngineMapChangesOnlyItsSourceLine(LinkType link, boolean connect, String source, String target, String before, String after) {
		EditOperation operation = connect ? new EditOperation.Connect(link, source, target, null) : new EditOperation.Disconnect(link, source, target);
		EditFixture.acme(temp).apply(operation).changedFiles("acme.sales").replaced("acme.sales", before, after);
	}

	@Test
	void aMeasureIsWrittenWithItsWeightAfterThePlansLastMeasure() {
		EditFixture.acme(temp).apply(new EditOperation.Connect(LinkType.MEASURE, "AEPlan", "Pipeline", "10%"))
				.replaced("acme.sales", """
						      measure WinRate weight 20% { threshold 80% cap 150% }
						""", """
						      measure WinRate weight 20% { threshold 80% cap 150% }
						      measure Pipeline weight 10%
						""")
				// 80% + 20% + 10% = 110%: the edit must cause this error
				.newFindings("weights-not-100 AcmeEmea.AEPlan");
	}

	/** The palette creates a bare element (kpi Kpi1) and connects it next: its new block opens on its line. */
	@Test
	void aLinkOfABareElementOpensItsBlockOnTheElementsLine() {
		EditFixture acme = EditFixture.acme(temp);
		acme.apply(new EditOperation.Create(org.salesengine.edit.ElementKind.KPI, null, null, null, null));
		acme.apply(new EditOperation.Connect(LinkType.SUPPORTS, "Kpi1", "Expansion", null))
				.replaced("acme.sales", "    kpi Kpi1\n", "    kpi Kpi1 { supports Expansion }\n").noNewFindings();
	}

	@Test
	void disconnectingTheLastKpiOfAnObjectiveLeavesItUnmeasuredAndKeepsTheComments() {
		EditFixture.of(temp, "small.sales", CreateTest.SMALL, "Small").apply(new EditOperation.Disconnect(LinkType.SUPPORTS, "Revenue", "Grow"))
				.replaced("small.sales", "target 1M supports Grow } // the only one", "target 1M } // the only one")
				.newFindings("unmeasured-objective Small.Grow", "orphan-kpi Small.Revenue");
	}

	@Test
	void inTheMultiFileEngineTheSourcesFileChangesAlone() {
		EditFixture.acmeSplit(temp).apply(new EditOperation.Connect(LinkType.REVIEWS, "PipelineStandup", "Pipeline", null))
				.changedFiles("culture.sales")
				.replaced("culture.sales", "      reviews MeetingsBooked\n", "      reviews MeetingsBooked, Pipeline\n")
				.noNewFindings();
	}

	@Test
	void impossibleLinksAreRefusedAndChangeNothing() {
		EditFixture acme = EditFixture.acme(temp);
		String before = acme.text("acme.sales");
		assertRefused(acme, new EditOperation.Connect(LinkType.SUPPORTS, "AE", "NewLogos", null),
				"the link supports goes from a KPI, not from role AE");
		assertRefused(acme, new EditOperation.Connect(LinkType.SUPPORTS, "DealsWon", "AE", null),
				"the link supports of KPI DealsWon goes to an objective, not to role AE");
		assertRefused(acme, new EditOperation.Connect(LinkType.MEMBERS, "NewBusinessTeam", "SDR", null),
				"team NewBusinessTeam is already linked: members from team NewBusinessTeam to role SDR");
		assertRefused(acme, new EditOperation.Disconnect(LinkType.REVIEWS, "DealReview", "NRR"),
				"ritual DealReview has no link reviews from ritual DealReview to KPI NRR");
		assertRefused(acme, new EditOperation.Connect(LinkType.MEASURE, "AEPlan", "NewARR", "10%"),
				"plan AEPlan already has a measure of KPI NewARR");
		assertRefused(acme, new EditOperation.Connect(LinkType.MEASURE, "AEPlan", "Pipeline", "ten"),
				"invalid weight 'ten': 'ten' is not a number; expected a percentage such as 40%");
		assertEquals(before, acme.text("acme.sales"));
	}

	static void assertRefused(EditFixture fixture, EditOperation operation, String message) {
		var result = fixture.compute(operation);
		assertFalse(result.applied(), () -> "applied: " + result.message());
		assertEquals(message, result.message());
		assertEquals(0, result.files().size());
	}
}
