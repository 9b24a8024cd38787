// The "Engine health" view's content, from the analysis JSON of salesengine/analysis (the document of
// `salesengine analyze --format json`): the biggest shift to make first, then each pillar with its score, weakest
// first, and the causes behind its findings. No VS Code API here, so node tests can check what it renders.

/** One line of the tree: a label, a short description beside it, and the lines under it. */
export interface HealthNode {
  label: string;
  description: string;
  tooltip: string;
  children: HealthNode[];
}

interface Cause { headline: string; severity: string; findings: number }
interface Pillar { label: string; score: number; errors: number; warnings: number; infos: number; causes: Cause[] }
interface Shift { headline: string; reasons: string[] }
interface EngineAnalysis { engine: string; displayName: string | null; health: { pillars: Pillar[]; biggestShift: Shift } }
export interface AnalysisDocument { schema: string; engines: EngineAnalysis[] }

/** "7 errors, 9 warnings", "1 warning", or "clean". */
export function counts(pillar: Pick<Pillar, "errors" | "warnings" | "infos">): string {
  const parts: string[] = [];
  const add = (n: number, word: string) => { if (n > 0) parts.push(`${n} ${word}${n === 1 ? "" : "s"}`); };
  add(pillar.errors, "error");
  add(pillar.warnings, "warning");
  add(pillar.infos, "info");
  return parts.length === 0 ? "clean" : parts.join(", ");
}

/** The tree for the first engine of the document (the server answers for the engine of one file). */
export function healthNodes(analysis: AnalysisDocument): HealthNode[] {
  const engine = analysis.engines[0];
  if (!engine) {
    return [{ label: "No engine to analyse", description: "", tooltip: "", children: [] }];
  }
  const shift = engine.health.biggestShift;
  const nodes: HealthNode[] = [{
    label: "Biggest shift",
    description: shift.headline,
    tooltip: shift.headline,
    children: shift.reasons.map((reason) => ({ label: reason, description: "", tooltip: reason, children: [] })),
  }];
  for (const pillar of engine.health.pillars) {
    nodes.push({
      label: pillar.label,
      description: `${pillar.score}/100 · ${counts(pillar)}`,
      tooltip: `${pillar.label}: ${pillar.score}/100 (${counts(pillar)})`,
      children: pillar.causes.map((cause) => ({
        label: cause.headline,
        description: cause.findings > 1 ? `${cause.severity}, ${cause.findings} findings` : cause.severity,
        tooltip: cause.headline,
        children: [],
      })),
    });
  }
  return nodes;
}

/** The view's title line: the engine's display name, or its name. */
export function engineTitle(analysis: AnalysisDocument): string {
  const engine = analysis.engines[0];
  return engine ? (engine.displayName ?? engine.engine) : "";
}
