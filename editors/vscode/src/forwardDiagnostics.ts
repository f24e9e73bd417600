// Forwards other extensions' diagnostics to selfheal (`selfheal/didChangeExternalDiagnostics`):
// hovers carry no diagnostics, and fixes for a diagnostic should not depend on the cursor.
// Debounced (~300 ms), a full replacement per uri, selfheal's own left out, an unchanged list
// not sent again. It also feeds the session's error counts for the status bar.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

import { KeyedDebouncer } from './debounce';
import {
  DiagnosticLike,
  externalDiagnosticsParams,
  OWN_SOURCE,
  SentDiagnostics,
} from './diagnostics';
import { SeenError, SessionErrors } from './sessionErrors';

export const DEBOUNCE_MS = 300;
const MAX_WAIT_MS = 1500;
/** Hover look-ups per flush that tell whether selfheal knows an error (status bar counts). */
const CLASSIFY_PER_FLUSH = 20;

export class DiagnosticsForwarder implements vscode.Disposable {
  private readonly debouncer = new KeyedDebouncer<string>(DEBOUNCE_MS, MAX_WAIT_MS, (uris) =>
    this.flush(uris),
  );
  private readonly sent = new SentDiagnostics();
  private readonly subscription: vscode.Disposable;
  private client: LanguageClient | undefined;

  constructor(
    private readonly enabled: () => boolean,
    private readonly errors: SessionErrors,
    private readonly onErrorsChanged: () => void,
  ) {
    this.subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      this.debouncer.schedule(event.uris.filter(forwardable).map((uri) => uri.toString()));
    });
  }

  /** Starts sending to a (re)started client: everything there is now, then the changes. */
  attach(client: LanguageClient | undefined): void {
    this.client = client;
    this.sent.clear();
    if (client === undefined) return;
    const uris = vscode.languages
      .getDiagnostics()
      .map(([uri]) => uri)
      .filter(forwardable)
      .map((uri) => uri.toString());
    this.debouncer.schedule(uris);
  }

  /** After a settings change: every uri again, so that turning forwarding off clears the lists. */
  refresh(): void {
    const uris = vscode.languages
      .getDiagnostics()
      .map(([uri]) => uri)
      .filter(forwardable)
      .map((uri) => uri.toString());
    this.debouncer.schedule([...uris, ...this.sent.uris()]);
  }

  dispose(): void {
    this.subscription.dispose();
    this.debouncer.dispose();
  }

  private flush(uris: string[]): void {
    const client = this.client;
    for (const text of uris) {
      const uri = vscode.Uri.parse(text);
      const diagnostics = vscode.languages.getDiagnostics(uri);
      this.observe(uri, diagnostics);
      if (client === undefined || !client.isRunning()) continue;
      // Forwarding turned off: an empty list, which clears what was sent (and is sent once).
      const params = externalDiagnosticsParams(
        text,
        openVersion(uri),
        this.enabled() ? (diagnostics as readonly DiagnosticLike[]) : [],
      );
      if (!this.sent.changed(params)) continue;
      client
        .sendNotification('selfheal/didChangeExternalDiagnostics', params)
        .catch((error) => client.warn('forwarding diagnostics failed', error));
    }
    void this.classify(client);
  }

  /** Counts the errors and warnings shown; selfheal's own say themselves whether it knows them. */
  private observe(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity > vscode.DiagnosticSeverity.Warning) continue;
      const error: SeenError & { range: vscode.Range } = {
        file: uri.toString(),
        source: diagnostic.source ?? '',
        code: codeText(diagnostic.code),
        message: diagnostic.message,
        range: diagnostic.range,
      };
      if (diagnostic.source === OWN_SOURCE) {
        const data = (diagnostic as vscode.Diagnostic & { data?: { patternId?: string | null } })
          .data;
        this.errors.observe(error, Boolean(data?.patternId));
      } else {
        this.errors.observe(error);
      }
    }
    this.onErrorsChanged();
  }

  /** Asks selfheal's hover at each new error: an explanation means selfheal knows it. */
  private async classify(client: LanguageClient | undefined): Promise<void> {
    if (client === undefined || !client.isRunning()) return;
    const pending = this.errors.takeUnclassified(CLASSIFY_PER_FLUSH) as (SeenError & {
      range?: vscode.Range;
    })[];
    for (const error of pending) {
      if (error.range === undefined) continue;
      try {
        const hover = await client.sendRequest('textDocument/hover', {
          textDocument: { uri: error.file },
          position: { line: error.range.start.line, character: error.range.start.character },
        });
        this.errors.observe(error, hover !== null && hover !== undefined);
      } catch {
        // Not open in the server, or it went away: the error stays counted as seen only.
        this.errors.observe(error, false);
      }
    }
    if (pending.length > 0) this.onErrorsChanged();
  }
}

function forwardable(uri: vscode.Uri): boolean {
  return uri.scheme === 'file';
}

function openVersion(uri: vscode.Uri): number | undefined {
  const text = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === text)
    ?.version;
}

function codeText(code: vscode.Diagnostic['code']): string {
  if (code === undefined) return '';
  if (typeof code === 'string' || typeof code === 'number') return String(code);
  return String(code.value);
}
