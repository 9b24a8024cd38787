// Drives `salesengine lsp` over stdio as an editor does, with vscode-languageserver-protocol: a workspace folder
// holding a 600-file engine ("big") and acme ("acme"), each a folder of its own. Measures the first build (every
// file's diagnostics published), then EDITS one-character edits of one file of the big engine (a headcount digit,
// alternately 3 and 4): the time from sending didChange to the edited file's publishDiagnostics, the time to the end
// of the build that edit caused (the server's salesengine/diagramChanged, which names every file the build re-checked),
// and how many files that build re-checked: the files of the edited engine, and no file of acme.
// Usage: JAVA=... JAR=... EDITS=N node didchange.js WORKSPACE
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const rpc = require("vscode-languageserver-protocol/node");

const workspace = process.argv[2];
const edits = Number(process.env.EDITS || 15);
const folders = ["big", "acme"].map((name) => ({ name, uri: pathToFileURL(path.join(workspace, name)).toString() }));
const files = fs.readdirSync(path.join(workspace, "big")).filter((f) => f.endsWith(".sales")).length + 1;

function row(name, value, unit, target, met) {
  console.log(`| ${name} | ${value} | ${unit} | ${target} | ${met} |`);
}

async function main() {
  const server = spawn(process.env.JAVA, ["-Xss16m", "-jar", process.env.JAR, "lsp"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const published = new Map(); // uri -> count
  let waiting = null; // { uri, resolve }
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, (published.get(params.uri) || 0) + 1);
    if (waiting && params.uri === waiting.uri) {
      const w = waiting;
      waiting = null;
      w.resolve(params);
    }
    if (firstBuild && published.size >= files) firstBuild();
  });
  let firstBuild = null;
  const built = new Promise((resolve) => { firstBuild = resolve; });
  let buildEnd = null; // { uri, resolve }
  connection.onNotification("salesengine/diagramChanged", (params) => {
    if (buildEnd && params.uris.includes(buildEnd.uri)) {
      const b = buildEnd;
      buildEnd = null;
      b.resolve(params.uris);
    }
  });
  connection.listen();
  const start = process.hrtime.bigint();
  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid, rootUri: null, capabilities: { workspace: { workspaceFolders: true } }, workspaceFolders: folders,
  });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  await built;
  firstBuild = null;
  const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`bench/lsp: first build of ${published.size} files in ${buildMs.toFixed(0)} ms\n`);

  // The middle file of the big engine: a headcount digit whose change breaks no rule.
  const names = fs.readdirSync(path.join(workspace, "big")).filter((f) => f.endsWith(".sales")).sort();
  const fileName = names.find((n, i) => i >= names.length / 2 && /headcount \d/.test(fs.readFileSync(path.join(workspace, "big", n), "utf8")));
  const file = path.join(workspace, "big", fileName);
  const uri = pathToFileURL(file).toString();
  let text = fs.readFileSync(file, "utf8");
  const match = /headcount (\d)/.exec(text);
  const offset = match.index + "headcount ".length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  const character = offset - before.lastIndexOf("\n") - 1;
  const lines = text.split("\n").length;
  const opened = new Promise((resolve) => { waiting = { uri, resolve }; });
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: "sales", version: 1, text } });
  await opened;

  const latencies = [];
  const rechecks = [];
  const others = [];
  for (let i = 0; i < edits; i++) {
    const digit = i % 2 === 0 ? "3" : "4";
    published.clear();
    const done = new Promise((resolve) => { waiting = { uri, resolve }; });
    const ended = new Promise((resolve) => { buildEnd = { uri, resolve }; });
    const sent = process.hrtime.bigint();
    await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: digit }],
    });
    const diagnostics = await done;
    latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
    if (diagnostics.diagnostics.length > 0) throw new Error(`the edit should leave the file clean: ${JSON.stringify(diagnostics.diagnostics[0])}`);
    const rebuilt = await ended;
    rechecks.push(Number(process.hrtime.bigint() - sent) / 1e6);
    others.push(rebuilt.filter((u) => u !== uri).length);
    if (rebuilt.some((u) => u.includes("/acme/"))) throw new Error("an edit of the big engine re-checked acme");
  }
  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  connection.dispose();

  const skip = Math.min(3, Math.floor(edits / 2));
  const warm = latencies.slice(skip).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  const p90 = warm[Math.floor(warm.length * 0.9)];
  const whole = rechecks.slice(skip).sort((a, b) => a - b);
  row(`language server: first build of a ${files}-file workspace (600-file 100k-line engine + acme), initialize to the last file's diagnostics`,
    (buildMs / 1000).toFixed(2), "s", "", "");
  row(`language server: didChange (1 char) of a ${lines}-line file of the 600-file engine to its publishDiagnostics, median of ${warm.length} after ${latencies.length - warm.length} warm-up edits`,
    median.toFixed(1), "ms", "", "");
  row(`language server: the same, 90th percentile`, p90.toFixed(1), "ms", "", "");
  row(`language server: the same edit to the end of its build (salesengine/diagramChanged: every file of the engine re-checked), median`,
    whole[Math.floor(whole.length / 2)].toFixed(0), "ms", "", "");
  row(`language server: files re-checked per edit besides the edited one (min-max; acme's never)`, `${Math.min(...others)}-${Math.max(...others)}`, "files", "", "");
}

main().catch((error) => { console.error(`bench/lsp: ${error.stack || error}`); process.exit(1); });
