// "Propose Fix" in the editor: a server's `workspace/applyEdit` whose change annotation needs
// confirmation (an LLM's proposal; vscode-languageclient would apply it at once) is shown as a
// diff between the file and the proposed text, and applied only after the person chooses
// "Apply" in a modal dialog, never when the document changed since the proposal was made. Also
// says how `selfheal.proposeFix` ended, whether the command or a code action ran it, and for a
// missing provider offers the way to configure one.

import * as vscode from 'vscode';
import {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditResult,
  ExecuteCommandRequest,
  LanguageClient,
  LSPErrorCodes,
  WorkspaceEdit as ProtocolWorkspaceEdit,
  ResponseError,
} from 'vscode-languageclient/node';

import {
  applyTextEdits,
  DECLINED,
  LspWorkspaceEdit,
  outcomeMessage,
  Proposal,
  ProposeFixResult,
  proposalOf,
  staleReason,
  withoutAnnotations,
} from './proposalEdit';

export const PROPOSAL_SCHEME = 'selfheal-proposal';
export const PROPOSE_FIX_COMMAND = 'selfheal.proposeFix';

/** Serves the proposed texts (read-only documents) and asks about proposals. */
export class ProposalView implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration: vscode.Disposable;
  private counter = 0;
  private waiting: (() => void)[] = [];

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(PROPOSAL_SCHEME, {
      onDidChange: this.changed.event,
      provideTextDocumentContent: (uri) => this.texts.get(uri.toString()) ?? '',
    });
  }

  /**
   * The answer to a `workspace/applyEdit` that is a proposal; undefined for any other edit,
   * which the caller applies as before.
   */
  async handleApplyEdit(
    params: ApplyWorkspaceEditParams,
    client: LanguageClient,
  ): Promise<ApplyWorkspaceEditResult | undefined> {
    const edit = params.edit as LspWorkspaceEdit;
    const proposal = proposalOf(edit, params.label);
    if (proposal === undefined) return undefined;
    this.waiting.splice(0).forEach((resolve) => resolve());
    if (proposal.unsupported !== undefined) return { applied: false, failureReason: proposal.unsupported };
    const refused = this.refuseStale(proposal);
    if (refused !== undefined) return refused;
    const diffs: vscode.Uri[] = [];
    try {
      for (const document of proposal.documents) {
        diffs.push(await this.showDiff(proposal, document.uri, document.edits, client));
      }
      const answer = await vscode.window.showInformationMessage(
        `selfheal: apply the proposed fix "${proposal.title}"?`,
        { modal: true, detail: proposal.description },
        'Apply',
      );
      if (answer !== 'Apply') return { applied: false, failureReason: DECLINED };
      // The document may have changed while the question was open.
      const stale = this.refuseStale(proposal);
      if (stale !== undefined) return stale;
      const converted = await client.protocol2CodeConverter.asWorkspaceEdit(
        withoutAnnotations(edit) as ProtocolWorkspaceEdit,
      );
      const applied = await vscode.workspace.applyEdit(converted);
      return applied ? { applied: true } : { applied: false, failureReason: 'VS Code did not apply the edit' };
    } finally {
      await this.closeDiffs(diffs);
    }
  }

  /** Resolves when the next proposal arrives (its diff and question take over from progress). */
  nextProposal(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  dispose(): void {
    this.waiting.splice(0).forEach((resolve) => resolve());
    this.registration.dispose();
    this.changed.dispose();
    this.texts.clear();
  }

  private refuseStale(proposal: Proposal): ApplyWorkspaceEditResult | undefined {
    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    const reason = staleReason(
      proposal,
      (uri) => open.get(vscode.Uri.parse(uri).toString())?.version,
      (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)),
    );
    if (reason === undefined) return undefined;
    void vscode.window.showWarningMessage(`selfheal: not applied: ${reason}`);
    return { applied: false, failureReason: reason };
  }

  /** Opens the diff of one file against its proposed text; returns the proposed text's uri. */
  private async showDiff(
    proposal: Proposal,
    uri: string,
    edits: Proposal['documents'][number]['edits'],
    client: LanguageClient,
  ): Promise<vscode.Uri> {
    const original = client.protocol2CodeConverter.asUri(uri);
    const document = await vscode.workspace.openTextDocument(original);
    const name = original.path.split('/').pop() ?? original.path;
    this.counter += 1;
    const proposed = vscode.Uri.from({
      scheme: PROPOSAL_SCHEME,
      path: `/${this.counter}/${name}`,
      query: original.toString(),
    });
    this.texts.set(proposed.toString(), applyTextEdits(document.getText(), edits));
    this.changed.fire(proposed);
    await vscode.commands.executeCommand(
      'vscode.diff',
      original,
      proposed,
      `${name} ↔ proposed: ${proposal.title}`,
      { preview: true, preserveFocus: false },
    );
    return proposed;
  }

  private async closeDiffs(proposed: vscode.Uri[]): Promise<void> {
    const wanted = new Set(proposed.map((uri) => uri.toString()));
    const tabs = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputTextDiff && wanted.has(tab.input.modified.toString()));
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs).then(undefined, () => undefined);
    proposed.forEach((uri) => this.texts.delete(uri.toString()));
  }
}

/**
 * Runs `selfheal.proposeFix` with `argument` ({uri, version, diagnostic}) under a notification
 * that can be cancelled (VS Code shows the server's own progress in the status bar, where it
 * cannot be), until the proposal arrives or the request ends; then says how it ended.
 */
export async function runProposeFix(client: LanguageClient, argument: unknown, view: ProposalView): Promise<unknown> {
  let outcome: Promise<unknown> = Promise.resolve(undefined);
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'selfheal: asking for a fix…', cancellable: true },
    (_progress, token) => {
      const request = client.sendRequest(
        ExecuteCommandRequest.type,
        { command: PROPOSE_FIX_COMMAND, arguments: [argument] },
        token,
      );
      outcome = showProposeFixOutcome(request);
      return Promise.race([outcome, view.nextProposal()]);
    },
  );
  return outcome;
}

/** Says how `selfheal.proposeFix` ended: its result, or its error (with a way to configure). */
export async function showProposeFixOutcome(outcome: Promise<unknown>): Promise<unknown> {
  try {
    const result = (await outcome) as ProposeFixResult | null;
    void vscode.window.showInformationMessage(outcomeMessage(result));
    return result;
  } catch (error) {
    showProposeFixError(error);
    return undefined;
  }
}

function showProposeFixError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const reason = error instanceof ResponseError ? (error.data as { reason?: string } | undefined)?.reason : undefined;
  if (reason === 'not-configured') {
    const setKey = 'Set LLM API Key';
    const settings = 'Open Settings';
    void vscode.window.showWarningMessage(`selfheal: ${message}`, setKey, settings).then((choice) => {
      if (choice === setKey) void vscode.commands.executeCommand('selfheal.setLlmKey');
      if (choice === settings) void vscode.commands.executeCommand('workbench.action.openSettings', 'selfheal.llm');
    });
    return;
  }
  const cancelled = error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled;
  if (cancelled || reason === 'cancelled') {
    void vscode.window.showInformationMessage('selfheal: Propose Fix cancelled.');
    return;
  }
  if (reason === 'excluded' || reason === 'stale') {
    void vscode.window.showWarningMessage(`selfheal: ${message}`);
    return;
  }
  void vscode.window.showErrorMessage(`selfheal: Propose Fix failed: ${message}`);
}
