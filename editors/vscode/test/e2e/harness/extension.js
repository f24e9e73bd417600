// Test-only extension for the end-to-end suite (test/e2e/run.mjs). It plays a third-party
// linter: for every open Python file that uses `json.` without importing json it publishes
// Pyright's diagnostic (`"json" is not defined`, source "Pyright") through its own diagnostic
// collection, as the Pyright/Pylance extensions do. And it writes what the editor knows to
// $SELFHEAL_E2E_RESULTS/harness.json: every diagnostic by file, every terminal command that
// shell integration reported, the open files' text and version, the diff editors open (a
// proposed fix is shown in one), and whether selfheal's extension is active. Its one command sets
// `selfheal.server.path` to a path where nothing is, as a person would in the Settings editor.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const resultsDirectory = process.env.SELFHEAL_E2E_RESULTS;
const executions = [];
let writeTimer;

function activate(context) {
  const collection = vscode.languages.createDiagnosticCollection('pyright-sim');
  context.subscriptions.push(collection);
  const lint = (document) => {
    if (document.languageId !== 'python') return;
    collection.set(document.uri, undefinedJson(document));
  };
  vscode.workspace.textDocuments.forEach(lint);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((event) => lint(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
    vscode.languages.onDidChangeDiagnostics(scheduleWrite),
    vscode.workspace.onDidChangeTextDocument(scheduleWrite),
    vscode.window.tabGroups.onDidChangeTabs(scheduleWrite),
    vscode.window.onDidStartTerminalShellExecution((event) => {
      executions.push({ event: 'start', commandLine: event.execution.commandLine.value });
      scheduleWrite();
    }),
    vscode.window.onDidEndTerminalShellExecution((event) => {
      executions.push({
        event: 'end',
        commandLine: event.execution.commandLine.value,
        exitCode: event.exitCode ?? null,
        cwd: event.execution.cwd ? event.execution.cwd.fsPath : null,
      });
      scheduleWrite();
    }),
    vscode.window.onDidChangeTerminalShellIntegration(() => {
      executions.push({ event: 'shell-integration' });
      scheduleWrite();
    }),
  );
  // What a person does in the Settings editor, for the missing-server check.
  context.subscriptions.push(
    vscode.commands.registerCommand('selfhealE2e.pointServerNowhere', () =>
      vscode.workspace
        .getConfiguration('selfheal')
        .update('server.path', '/nonexistent/selfheal', vscode.ConfigurationTarget.Global),
    ),
  );
  // Extension activation of others is not an event: poll it into the results now and then.
  const poll = setInterval(scheduleWrite, 1000);
  context.subscriptions.push({ dispose: () => clearInterval(poll) });
  scheduleWrite();
}

/** Pyright's diagnostic for a module used without its import, on the first use. */
function undefinedJson(document) {
  const text = document.getText();
  if (/^\s*(import json\b|from json import)/m.test(text)) return [];
  const use = /\bjson\./.exec(text);
  if (!use) return [];
  const start = document.positionAt(use.index);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(start, start.translate(0, 4)),
    '"json" is not defined',
    vscode.DiagnosticSeverity.Error,
  );
  diagnostic.source = 'Pyright';
  diagnostic.code = 'reportUndefinedVariable';
  return [diagnostic];
}

function scheduleWrite() {
  if (!resultsDirectory || writeTimer) return;
  writeTimer = setTimeout(() => {
    writeTimer = undefined;
    writeResults();
  }, 100);
}

function writeResults() {
  const diagnostics = {};
  for (const [uri, list] of vscode.languages.getDiagnostics()) {
    if (uri.scheme !== 'file' || list.length === 0) continue;
    diagnostics[uri.fsPath] = list.map((d) => ({
      source: d.source ?? null,
      code: typeof d.code === 'object' && d.code !== null ? String(d.code.value) : d.code ?? null,
      message: d.message,
      severity: d.severity,
      range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
    }));
  }
  const selfheal = vscode.extensions.getExtension('selfheal.selfheal');
  const results = {
    written: new Date().toISOString(),
    selfhealInstalled: Boolean(selfheal),
    selfhealActive: Boolean(selfheal && selfheal.isActive),
    terminals: vscode.window.terminals.map((t) => ({
      name: t.name,
      shellIntegration: Boolean(t.shellIntegration),
    })),
    diagnostics,
    executions,
    documents: Object.fromEntries(
      vscode.workspace.textDocuments
        .filter((document) => document.uri.scheme === 'file')
        .map((document) => [
          document.uri.fsPath,
          { version: document.version, dirty: document.isDirty, text: document.getText() },
        ]),
    ),
    diffTabs: vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputTextDiff)
      .map((tab) => ({
        label: tab.label,
        original: tab.input.original.toString(),
        modified: tab.input.modified.toString(),
      })),
  };
  const file = path.join(resultsDirectory, 'harness.json');
  fs.writeFileSync(file + '.tmp', JSON.stringify(results, null, 1));
  fs.renameSync(file + '.tmp', file);
}

function deactivate() {}

module.exports = { activate, deactivate };
