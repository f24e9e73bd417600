// Other sources' diagnostics as LSP diagnostics for `selfheal/didChangeExternalDiagnostics`:
// VS Code's shapes (0-based severities, `code` as {value, target}) turned into the protocol's,
// selfheal's own left out (the server publishes those), and a uri's list sent only when it
// changed. Pure: works on plain objects shaped like VS Code's, so that it is unit-tested.

export const OWN_SOURCE = 'selfheal';

export interface PositionLike {
  line: number;
  character: number;
}

export interface RangeLike {
  start: PositionLike;
  end: PositionLike;
}

export interface UriLike {
  toString(): string;
}

/** The parts of `vscode.Diagnostic` that are forwarded. */
export interface DiagnosticLike {
  range: RangeLike;
  message: string;
  /** vscode.DiagnosticSeverity: Error 0, Warning 1, Information 2, Hint 3. */
  severity: number;
  source?: string;
  code?: string | number | { value: string | number; target: UriLike };
  tags?: readonly number[];
  relatedInformation?: readonly {
    location: { uri: UriLike; range: RangeLike };
    message: string;
  }[];
}

export interface LspDiagnostic {
  range: RangeLike;
  severity: 1 | 2 | 3 | 4;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  tags?: number[];
  relatedInformation?: { location: { uri: string; range: RangeLike }; message: string }[];
}

export interface ExternalDiagnosticsParams {
  uri: string;
  version?: number;
  origin: string;
  diagnostics: LspDiagnostic[];
}

/** Diagnostics that are not selfheal's own. */
export function externalOnly<T extends { source?: string }>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((diagnostic) => diagnostic.source !== OWN_SOURCE);
}

export function toLspDiagnostic(diagnostic: DiagnosticLike): LspDiagnostic {
  const lsp: LspDiagnostic = {
    range: copyRange(diagnostic.range),
    severity: lspSeverity(diagnostic.severity),
    message: diagnostic.message,
  };
  if (diagnostic.source !== undefined && diagnostic.source !== '') lsp.source = diagnostic.source;
  const code = diagnostic.code;
  if (typeof code === 'string' || typeof code === 'number') {
    lsp.code = code;
  } else if (code !== undefined && code !== null) {
    lsp.code = code.value;
    lsp.codeDescription = { href: code.target.toString() };
  }
  if (diagnostic.tags !== undefined && diagnostic.tags.length > 0) lsp.tags = [...diagnostic.tags];
  if (diagnostic.relatedInformation !== undefined && diagnostic.relatedInformation.length > 0) {
    lsp.relatedInformation = diagnostic.relatedInformation.map((related) => ({
      location: { uri: related.location.uri.toString(), range: copyRange(related.location.range) },
      message: related.message,
    }));
  }
  return lsp;
}

/** VS Code's severity (0–3) as the protocol's (1–4). */
export function lspSeverity(severity: number): 1 | 2 | 3 | 4 {
  switch (severity) {
    case 0:
      return 1;
    case 1:
      return 2;
    case 2:
      return 3;
    default:
      return 4;
  }
}

/** The notification for one uri: every external diagnostic, a full replacement. */
export function externalDiagnosticsParams(
  uri: string,
  version: number | undefined,
  diagnostics: readonly DiagnosticLike[],
): ExternalDiagnosticsParams {
  const params: ExternalDiagnosticsParams = {
    uri,
    origin: 'vscode',
    diagnostics: externalOnly(diagnostics).map(toLspDiagnostic),
  };
  if (version !== undefined) params.version = version;
  return params;
}

/**
 * Remembers what was last sent per uri so that a republish of the same list (every keystroke
 * makes some linters republish) is not sent again; an empty list is sent once, to clear.
 */
export class SentDiagnostics {
  private readonly last = new Map<string, string>();

  /** Whether `params` differs from what was last sent for its uri; records it if so. */
  changed(params: ExternalDiagnosticsParams): boolean {
    const key = JSON.stringify([params.version ?? null, params.diagnostics]);
    const previous = this.last.get(params.uri);
    if (previous === key) return false;
    if (previous === undefined && params.diagnostics.length === 0) return false;
    if (params.diagnostics.length === 0) this.last.delete(params.uri);
    else this.last.set(params.uri, key);
    return true;
  }

  /** The uris whose last sent list was not empty. */
  uris(): string[] {
    return [...this.last.keys()];
  }

  /** Forget everything (a restarted server knows nothing). */
  clear(): void {
    this.last.clear();
  }
}

function copyRange(range: RangeLike): RangeLike {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
