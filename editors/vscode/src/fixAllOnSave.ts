// Fix-all on save (`selfheal.fixAllOnSave`, off by default): on a manual save, selfheal's
// `source.fixAll.selfheal` action (learned fixes with confidence ≥ 0.75 only) is applied to the
// document before it is written, and its recordOutcome command runs after. Skipped when
// `editor.codeActionsOnSave` already asks VS Code for that kind, so nothing is applied twice.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

import { toLspDiagnostic } from './diagnostics';
import { codeActionsOnSaveCover } from './settings';

export const FIX_ALL_KIND = 'source.fixAll.selfheal';

interface LspTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

interface LspCodeAction {
  kind?: string;
  edit?: {
    documentChanges?: { textDocument: { uri: string }; edits: LspTextEdit[] }[];
    changes?: Record<string, LspTextEdit[]>;
  };
  command?: { command: string; arguments?: unknown[] };
}

export function registerFixAllOnSave(
  client: () => LanguageClient | undefined,
  enabled: () => boolean,
): vscode.Disposable {
  return vscode.workspace.onWillSaveTextDocument((event) => {
    const running = client();
    if (!enabled() || running === undefined || !running.isRunning()) return;
    if (event.reason !== vscode.TextDocumentSaveReason.Manual) return;
    const onSave = vscode.workspace
      .getConfiguration('editor', event.document)
      .get<unknown>('codeActionsOnSave');
    if (codeActionsOnSaveCover(onSave, FIX_ALL_KIND)) return;
    event.waitUntil(
      fixAllEdits(running, event.document).then(({ edits, followUp }) => {
        if (edits.length > 0 && followUp !== undefined) afterSave(event.document, followUp);
        return edits;
      }),
    );
  });
}

/** Runs the action's command once the document is saved: the server then watches the fixes. */
function afterSave(document: vscode.TextDocument, command: NonNullable<LspCodeAction['command']>) {
  const subscription = vscode.workspace.onDidSaveTextDocument((saved) => {
    if (saved !== document) return;
    subscription.dispose();
    void vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  });
  setTimeout(() => subscription.dispose(), 10_000);
}

async function fixAllEdits(
  client: LanguageClient,
  document: vscode.TextDocument,
): Promise<{ edits: vscode.TextEdit[]; followUp?: LspCodeAction['command'] }> {
  const uri = document.uri.toString();
  const end = document.lineAt(document.lineCount - 1).range.end;
  const actions = (await client
    .sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: end.line, character: end.character } },
      context: {
        diagnostics: vscode.languages.getDiagnostics(document.uri).map(toLspDiagnostic),
        only: [FIX_ALL_KIND],
        triggerKind: 2,
      },
    })
    .catch(() => null)) as LspCodeAction[] | null;
  const action = (actions ?? []).find((candidate) => candidate.kind === FIX_ALL_KIND);
  if (action?.edit === undefined) return { edits: [] };
  const lspEdits =
    action.edit.documentChanges?.find((change) => change.textDocument.uri === uri)?.edits ??
    action.edit.changes?.[uri] ??
    [];
  const edits = lspEdits.map(
    (edit) =>
      new vscode.TextEdit(
        new vscode.Range(
          edit.range.start.line,
          edit.range.start.character,
          edit.range.end.line,
          edit.range.end.character,
        ),
        edit.newText,
      ),
  );
  return { edits, followUp: action.command };
}
