// The "Engine health" view, rendered from a recorded analysis: `salesengine analyze --format json broken.sales`
// (test/fixtures/broken-analysis.json), the document the server's salesengine/analysis answers with.
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const { healthNodes, engineTitle, counts } = require("../dist/health.js");

const analysis = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "broken-analysis.json"), "utf8"));

test("the biggest shift comes first, with its reasons", () => {
  const [shift] = healthNodes(analysis);
  assert.strictEqual(shift.label, "Biggest shift");
  assert.strictEqual(shift.description, "Strengthen metrics & compensation first: it scores 25/100, with 7 errors and 9 warnings.");
  assert.deepStrictEqual(shift.children.map((c) => c.label), [
    "the formula cycle of KPIs Velocity, WinShare (2 findings, one cause): a KPI formula depends on itself, directly or through other KPIs",
    "plan AEPlan: measure weights sum to 95%, not 100% (Bookings 60%, Calls 25%, WinShare 5%, Velocity 5%)",
    "plan AEPlan: pay mix 50/40 sums to 90, not 100",
  ]);
});

test("then every pillar, weakest first, with its score and findings", () => {
  const pillars = healthNodes(analysis).slice(1);
  assert.deepStrictEqual(pillars.map((p) => `${p.label}: ${p.description}`), [
    "Metrics & compensation: 25/100 · 7 errors, 9 warnings",
    "Structure & process: 67/100 · 2 errors, 2 warnings",
    "Culture & behavior: 74/100 · 5 warnings",
    "Strategy: 93/100 · 1 warning",
  ]);
  // Under a pillar, its causes: the formula cycle is one cause behind two findings.
  const metrics = pillars[0];
  assert.strictEqual(metrics.children.length, 15);
  assert.strictEqual(metrics.children[0].description, "error, 2 findings");
  assert.strictEqual(metrics.children[1].description, "error");
  assert.deepStrictEqual(pillars[3].children.map((c) => `${c.description}: ${c.label}`),
    ["warning: objective Partners is supported by no KPI"]);
});

test("the title is the engine's display name; a clean pillar says so", () => {
  assert.strictEqual(engineTitle(analysis), "Initech North America");
  assert.strictEqual(counts({ errors: 0, warnings: 0, infos: 0 }), "clean");
  assert.strictEqual(counts({ errors: 1, warnings: 0, infos: 2 }), "1 error, 2 infos");
  assert.deepStrictEqual(healthNodes({ schema: "salesengine-analysis/2", engines: [] }).map((n) => n.label), ["No engine to analyse"]);
});
