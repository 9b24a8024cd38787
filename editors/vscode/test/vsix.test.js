// The packaged .vsix holds what VS Code needs to install and run the extension.
const test = require("node:test");
const assert = require("node:assert");
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const vsix = path.join(__dirname, "..", "salesengine-0.1.0.vsix");

test("the vsix holds the manifest, the bundled extension, the grammar and the server jar",
  { skip: !fs.existsSync(vsix) && "not packaged yet (npm run package)" }, () => {
    // A .vsix is a zip file, read here with Python's zipfile (every machine of the project has python3, not all unzip).
    const zip = (code) => execFileSync("python3", ["-c", `import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); ${code}`, vsix], { encoding: "utf8" });
    const entries = zip("print('\\n'.join(z.namelist()))").split("\n").filter(Boolean);
    for (const entry of ["extension.vsixmanifest", "extension/package.json", "extension/dist/extension.js",
      "extension/syntaxes/sales.tmLanguage.json", "extension/language-configuration.json", "extension/server/salesengine.jar"]) {
      assert.ok(entries.includes(entry), `${entry} missing from ${entries.join(", ")}`);
    }
    assert.ok(!entries.some((e) => e.startsWith("extension/node_modules/")), "dependencies are bundled, not shipped");
    assert.ok(!entries.some((e) => e.startsWith("extension/src/")), "no sources");
    const manifest = JSON.parse(zip("sys.stdout.write(z.read('extension/package.json').decode())"));
    assert.strictEqual(manifest.main, "./dist/extension.js");
    assert.strictEqual(manifest.engines.vscode, "^1.91.0");
  });
