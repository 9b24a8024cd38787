package org.salesengine.analysis.scenario;

/**
 * One override as applied: {@code SDR.headcount 10 → 14}.
 *
 * @param element the element's id as findings and diagrams key it ({@code ElementIds.of}): {@code AcmeEmea.SDR}, a
 *                stage {@code AcmeEmea.Lead}, a measure {@code AcmeEmea.AEPlan.NewARR}
 * @param name    the element as the language names it, qualified ({@code ElementIds.qualifiedName}): a stage
 *                {@code AcmeEmea.NewBusiness.Lead}, as {@code diff} and the JSON outputs name it
 * @param path    as the scenario writes it, {@code SDR.headcount}
 * @param before  the base's value as the engine writes it, "(none)" when it has none; for hires, the hires before
 * @param after   the scenario's value; for an added hire, "+ 4 on 2027-07-01"
 */
public record ScenarioChange(String element, String name, String path, String before, String after) {
}
