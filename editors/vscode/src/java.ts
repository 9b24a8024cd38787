// Finds a JDK 21 or later to run the language server: the one set in the settings, JAVA_HOME, the java on PATH,
// or the newest under /usr/lib/jvm. Kept free of the vscode API so that node's test runner can test it.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** The feature version a java binary reports (21 for "21.0.5"), or 0 when it does not run. */
export function javaVersion(java: string): number {
  // The JVM prints its settings on standard error.
  const run = spawnSync(java, ["-XshowSettings:properties", "-version"], { encoding: "utf8" });
  return run.error ? 0 : parseVersion(`${run.stdout}${run.stderr}`);
}

export function parseVersion(settings: string): number {
  const match = /java\.specification\.version = (\d+)/.exec(settings);
  return match ? Number(match[1]) : 0;
}

/** Candidate java binaries in the order they are tried. */
export function candidates(configured: string | undefined, env: NodeJS.ProcessEnv, jvmDir = "/usr/lib/jvm"): string[] {
  const bin = (home: string) => path.join(home, "bin", process.platform === "win32" ? "java.exe" : "java");
  const list: string[] = [];
  if (configured) list.push(bin(configured));
  if (env.JAVA_HOME) list.push(bin(env.JAVA_HOME));
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir) list.push(path.join(dir, "java"));
  }
  if (fs.existsSync(jvmDir)) {
    for (const home of fs.readdirSync(jvmDir).sort().reverse()) list.push(bin(path.join(jvmDir, home)));
  }
  return list.filter((java, i) => list.indexOf(java) === i && fs.existsSync(java));
}

/** The first candidate whose version is at least 21, or undefined. */
export function findJava(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return candidates(configured, env).find((java) => javaVersion(java) >= 21);
}
