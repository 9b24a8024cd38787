// A protocol-level client (vscode-languageserver-protocol over stdio, as the extension's client speaks it) drives
// the bundled server jar through one round trip: initialize, the diagnostics of broken.sales, shutdown and exit.
const test = require("node:test");
const assert = require("node:assert");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const rpc = require("vscode-languageserver-protocol/node");
const { findJava } = require("../dist/java.js");

const root = path.join(__dirname, "..", "..", "..");
const jar = path.join(root, "releng", "org.salesengine.cli.app", "target", "salesengine.jar");

test("findJava finds a JDK 21 or later", () => {
  const java = findJava(undefined);
  assert.ok(java, "no JDK 21+ found");
});

test("one round trip with the language server", { skip: !fs.existsSync(jar) && "the server jar is not built" }, async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "salesengine-node-"));
  fs.copyFileSync(path.join(root, "examples", "broken.sales"), path.join(folder, "broken.sales"));
  const server = spawn(findJava(undefined), ["-jar", jar, "lsp"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  server.stderr.on("data", (d) => { stderr += d; });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const brokenUri = pathToFileURL(path.join(folder, "broken.sales")).toString();
  const diagnostics = new Promise((resolve) => {
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === brokenUri && params.diagnostics.length > 0) resolve(params.diagnostics);
    });
  });
  connection.listen();
  const folderUri = pathToFileURL(folder).toString();
  const result = await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid, rootUri: folderUri, capabilities: { workspace: { workspaceFolders: true } },
    workspaceFolders: [{ uri: folderUri, name: "broken" }],
  });
  assert.strictEqual(result.capabilities.renameProvider !== undefined, true);
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const found = await diagnostics;
  // The 26 findings of 'salesengine check examples/broken.sales', among them the mix of 50/40 on line 50 (0-based 49).
  assert.strictEqual(found.length, 26, stderr);
  const mix = found.find((d) => d.code === "mix-not-100");
  assert.deepStrictEqual(mix.range.start, { line: 49, character: 10 });
  assert.strictEqual(mix.message, "plan AEPlan: pay mix 50/40 sums to 90, not 100");
  await connection.sendRequest(rpc.ShutdownRequest.type);
  const exited = new Promise((resolve) => server.on("exit", (code) => resolve(code)));
  await connection.sendNotification(rpc.ExitNotification.type);
  assert.strictEqual(await exited, 0);
  connection.dispose();
  fs.rmSync(folder, { recursive: true });
});
