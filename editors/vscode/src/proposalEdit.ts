// The parts of "Propose Fix" that need no editor: whether a server's `workspace/applyEdit`
// carries a change annotation that needs confirmation (an LLM's proposal, which must be shown and
// accepted before it is applied), the refusal of an edit made for an older version of an open
// document, the proposed text of a file, the edit without its annotations (so that VS Code does
// not open its own refactor preview), and the sentences that say how a proposal ended. Pure:
// works on the protocol's plain objects, so that it is unit-tested.

import { PositionLike, RangeLike } from './diagnostics';

export interface LspTextEdit {
  range: RangeLike;
  newText: string;
  annotationId?: string;
}

export interface LspTextDocumentEdit {
  textDocument: { uri: string; version?: number | null };
  edits: LspTextEdit[];
}

export interface LspChangeAnnotation {
  label: string;
  needsConfirmation?: boolean;
  description?: string;
}

export interface LspWorkspaceEdit {
  changes?: Record<string, LspTextEdit[]>;
  documentChanges?: (LspTextDocumentEdit | { kind: string; annotationId?: string })[];
  changeAnnotations?: Record<string, LspChangeAnnotation>;
}

/** One file's part of a proposal: its uri, the version it was made for, its edits. */
export interface ProposedDocument {
  uri: string;
  version?: number;
  edits: LspTextEdit[];
}

/** A proposal read from an edit: what the person is shown and asked about. */
export interface Proposal {
  title: string;
  description: string;
  documents: ProposedDocument[];
}

/** What `selfheal.proposeFix` answers. */
export interface ProposeFixResult {
  applied: boolean;
  declined?: boolean;
  /** Why the editor did not apply it ("declined by the user", a stale document …). */
  failureReason?: string | null;
  title?: string;
  explanation?: string;
  provider?: string;
  model?: string;
  fixKey?: string;
  token?: string;
}

export const DECLINED = 'declined by the user';

function isTextDocumentEdit(change: unknown): change is LspTextDocumentEdit {
  return typeof change === 'object' && change !== null && 'textDocument' in change && 'edits' in change;
}

/**
 * The proposal in `edit` when one of its text edits carries an annotation that needs
 * confirmation; undefined for any other edit (which is applied as before). An edit that would
 * also create, rename or delete files is a proposal too, but one that cannot be shown: its
 * `unsupported` says so.
 */
export function proposalOf(
  edit: LspWorkspaceEdit,
  label?: string,
): (Proposal & { unsupported?: string }) | undefined {
  const confirming = new Map(
    Object.entries(edit.changeAnnotations ?? {}).filter(([, annotation]) => annotation?.needsConfirmation === true),
  );
  if (confirming.size === 0) return undefined;
  const documents: ProposedDocument[] = [];
  let unsupported: string | undefined;
  if (edit.documentChanges !== undefined) {
    for (const change of edit.documentChanges) {
      if (isTextDocumentEdit(change)) {
        documents.push({
          uri: change.textDocument.uri,
          version: typeof change.textDocument.version === 'number' ? change.textDocument.version : undefined,
          edits: change.edits,
        });
      } else {
        unsupported = `a proposal that would ${change.kind} a file is not supported`;
      }
    }
  } else {
    for (const uri of Object.keys(edit.changes ?? {}).sort()) {
      documents.push({ uri, edits: edit.changes?.[uri] ?? [] });
    }
  }
  const used = documents
    .flatMap((document) => document.edits)
    .map((textEdit) => textEdit.annotationId)
    .find((id) => id !== undefined && confirming.has(id));
  if (used === undefined) return undefined;
  const annotation = confirming.get(used) as LspChangeAnnotation;
  return {
    title: annotation.label || label || 'selfheal: proposed fix',
    description: annotation.description ?? '',
    documents,
    ...(unsupported !== undefined ? { unsupported } : {}),
  };
}

/**
 * Why `proposal` cannot be applied now: one of its files is open at another version than the
 * one the fix was made for (`versionOf` gives an open document's version, undefined when it is
 * not open). Undefined when it can.
 */
export function staleReason(
  proposal: Proposal,
  versionOf: (uri: string) => number | undefined,
  nameOf: (uri: string) => string = (uri) => uri,
): string | undefined {
  for (const document of proposal.documents) {
    if (document.version === undefined) continue;
    const current = versionOf(document.uri);
    if (current !== undefined && current !== document.version) {
      return (
        `the document changed since the fix was proposed (${nameOf(document.uri)} is at version ` +
        `${current}, the fix was made for version ${document.version}): propose it again`
      );
    }
  }
  return undefined;
}

/** The offset in `text` of an LSP position (UTF-16 columns, as JavaScript strings count). */
export function offsetAt(text: string, position: PositionLike): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return text.length;
    offset = end + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const length = (lineEnd === -1 ? text.length : lineEnd) - offset;
  return offset + Math.min(Math.max(position.character, 0), length);
}

/** `text` with `edits` applied (LSP semantics: every range refers to the original text). */
export function applyTextEdits(text: string, edits: readonly LspTextEdit[]): string {
  const located = edits
    .map((edit, index) => ({
      start: offsetAt(text, edit.range.start),
      end: offsetAt(text, edit.range.end),
      newText: edit.newText,
      index,
    }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  for (const edit of located) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

/** The same edit without change annotations: VS Code applies it as it is, with no preview. */
export function withoutAnnotations(edit: LspWorkspaceEdit): LspWorkspaceEdit {
  const strip = (edits: LspTextEdit[]) => edits.map(({ range, newText }) => ({ range, newText }));
  const plain: LspWorkspaceEdit = {};
  if (edit.documentChanges !== undefined) {
    plain.documentChanges = edit.documentChanges.map((change) => {
      if (isTextDocumentEdit(change)) return { textDocument: change.textDocument, edits: strip(change.edits) };
      const rest = { ...change };
      delete rest.annotationId;
      return rest;
    });
  }
  if (edit.changes !== undefined) {
    plain.changes = Object.fromEntries(Object.entries(edit.changes).map(([uri, edits]) => [uri, strip(edits)]));
  }
  return plain;
}

/** Who proposed a fix: "anthropic (claude-…)", or "the LLM" when the result does not say. */
export function proposedBy(result: Pick<ProposeFixResult, 'provider' | 'model'>): string {
  if (!result.provider) return 'the LLM';
  return result.model ? `${result.provider} (${result.model})` : result.provider;
}

/** The sentence that tells the person how `selfheal.proposeFix` ended. */
export function outcomeMessage(result: ProposeFixResult | null | undefined): string {
  const title = result?.title ? `"${result.title}"` : 'the proposed fix';
  const who = proposedBy(result ?? {});
  if (result?.applied) {
    return `selfheal: applied ${title}, proposed by ${who}. Build or run again: once the error is gone, selfheal learns the fix.`;
  }
  const why = result?.failureReason && result.failureReason !== DECLINED ? `: ${result.failureReason}` : '.';
  if (result?.declined) return `selfheal: ${title} (proposed by ${who}) was not applied${why}`;
  return `selfheal: the fix proposed by ${who} was not applied.`;
}
