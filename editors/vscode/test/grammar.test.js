// The TextMate grammar tokenizes examples/acme.sales as an editor would colour it: keywords, names, numbers,
// strings and comments, through the same libraries VS Code uses (vscode-textmate, vscode-oniguruma).
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const textmate = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

async function grammar() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(
      fs.readFileSync(path.join(__dirname, "..", "syntaxes", "sales.tmLanguage.json"), "utf8"), "sales.tmLanguage.json"),
  });
  return registry.loadGrammar("source.sales");
}

/** Each line's tokens as [text, innermost scope], whitespace dropped. */
function tokenize(g, text) {
  let state = textmate.INITIAL;
  return text.split("\n").map((line) => {
    const result = g.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => [line.substring(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]])
      .filter(([s]) => s.trim() !== "");
  });
}

test("acme.sales: keywords, names, numbers, strings and comments", async () => {
  const acme = fs.readFileSync(path.join(__dirname, "..", "..", "..", "examples", "acme.sales"), "utf8");
  const lines = tokenize(await grammar(), acme);
  assert.deepStrictEqual(lines[0], [["// Acme Analytics: the EMEA sales engine for fiscal year 2027.", "comment.line.double-slash.sales"]]);
  assert.deepStrictEqual(lines[1], [["engine", "keyword.other.sales"], ["AcmeEmea", "entity.name.sales"],
    ["\"", "string.quoted.double.sales"], ["Acme Analytics EMEA", "string.quoted.double.sales"], ["\"", "string.quoted.double.sales"],
    ["{", "punctuation.section.block.sales"]]);
  assert.deepStrictEqual(lines[3], [["period", "keyword.other.sales"], ["2027-01-01", "constant.numeric.date.sales"],
    ["to", "keyword.other.sales"], ["2027-12-31", "constant.numeric.date.sales"]]);
  assert.deepStrictEqual(lines[6], [["revenue", "keyword.other.sales"], ["target", "keyword.other.sales"], ["16M", "constant.numeric.sales"]]);
  // "role AE "Account executive" { headcount 12 carries quota ramp 6 months reports to Manager }"
  const ae = lines[21];
  assert.deepStrictEqual(ae.filter(([, s]) => s === "keyword.other.sales").map(([t]) => t),
    ["role", "headcount", "carries", "quota", "ramp", "months", "reports", "to"]);
  assert.deepStrictEqual(ae.filter(([, s]) => s === "entity.name.sales").map(([t]) => t), ["AE", "Manager"]);
  assert.deepStrictEqual(ae.filter(([, s]) => s === "constant.numeric.sales").map(([t]) => t), ["12", "6"]);
});

test("a percentage, a mix and a block comment", async () => {
  const lines = tokenize(await grammar(), "/* pay */ mix 50/50 conversion 40%");
  assert.deepStrictEqual(lines[0], [["/*", "comment.block.sales"], [" pay ", "comment.block.sales"], ["*/", "comment.block.sales"],
    ["mix", "keyword.other.sales"], ["50/50", "constant.numeric.sales"], ["conversion", "keyword.other.sales"], ["40%", "constant.numeric.sales"]]);
});
