// The Sales Engine extension: starts `salesengine lsp` from the bundled jar and shows the engine diagram.
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";
import { findJava } from "./java";
import { AnalysisDocument, engineTitle, HealthNode, healthNodes } from "./health";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const configured = vscode.workspace.getConfiguration("salesengine").get<string>("java.home");
  const java = findJava(configured || undefined);
  if (!java) {
    void vscode.window.showErrorMessage(
      "Sales Engine needs a JDK 21 or later: set salesengine.java.home, JAVA_HOME or put java on the PATH.");
    return;
  }
  const jar = context.asAbsolutePath(path.join("server", "salesengine.jar"));
  const serverOptions: ServerOptions = { command: java, args: ["-jar", jar, "lsp"] };
  const clientOptions: LanguageClientOptions = { documentSelector: [{ scheme: "file", language: "sales" }] };
  client = new LanguageClient("salesengine", "Sales Engine", serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(vscode.commands.registerCommand("salesengine.showDiagram", () => showDiagram(context)));
  const health = new EngineHealth(client);
  const view = vscode.window.createTreeView("salesengine.health", { treeDataProvider: health });
  health.view = view;
  context.subscriptions.push(view,
    vscode.window.onDidChangeActiveTextEditor(() => void health.refresh()),
    client.onNotification("salesengine/diagramChanged", () => void health.refresh()));
  void health.refresh();
}

/** The "Engine health" view: the biggest shift and the pillar scores of the active file's engine. */
class EngineHealth implements vscode.TreeDataProvider<HealthNode> {
  view: vscode.TreeView<HealthNode> | undefined;
  private nodes: HealthNode[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly languageClient: LanguageClient) {}

  getTreeItem(node: HealthNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : vscode.TreeItemCollapsibleState.Collapsed);
    item.description = node.description;
    item.tooltip = node.tooltip;
    return item;
  }

  getChildren(node?: HealthNode): HealthNode[] {
    return node ? node.children : this.nodes;
  }

  /** Asks the server for the analysis of the active .sales file's engine; keeps the last one for other files. */
  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== "sales") return;
    const analysis = await this.languageClient.sendRequest<AnalysisDocument>("salesengine/analysis",
      { uri: editor.document.uri.toString() });
    this.nodes = healthNodes(analysis);
    if (this.view) this.view.description = engineTitle(analysis);
    this.changed.fire();
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** A webview with the engine map of the active file; no scripts at all, the SVG inlined. */
async function showDiagram(context: vscode.ExtensionContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== "sales") {
    void vscode.window.showInformationMessage("Open a .sales file to see its engine diagram.");
    return;
  }
  const uri = editor.document.uri.toString();
  const panel = vscode.window.createWebviewPanel("salesengine.diagram", "Engine diagram", vscode.ViewColumn.Beside,
    { enableScripts: false });
  const refresh = async () => {
    const svg = await client!.sendRequest<string>("salesengine/diagram", { uri, diagram: "engine" });
    panel.webview.html = page(svg);
  };
  await refresh();
  // Redrawn after each rebuild of the engine the server reports.
  const changed = client.onNotification("salesengine/diagramChanged", () => void refresh());
  const edits = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document.uri.toString() === uri) void refresh();
  });
  panel.onDidDispose(() => { changed.dispose(); edits.dispose(); }, undefined, context.subscriptions);
}

/** The page around the SVG: a content security policy that allows no script and nothing from elsewhere. */
export function page(svg: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline';">
</head><body style="background:#fff">${svg.replace(/^<\?xml[^>]*>\s*/, "")}</body></html>`;
}
