// The commands a person runs: Propose Fix, Run Task, Explain Error, Show Stats, Sync, Restart
// Server, the key prompts; and `selfheal.runInTerminal`, which the server's shell-command fixes
// (`cargo add serde`) ask the editor to run: the command is shown and runs only after a yes.

import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

import { toLspDiagnostic } from './diagnostics';
import { ProposalView, runProposeFix } from './proposal';
import { Secrets } from './secrets';
import { helpListsCommand } from './serverPath';
import { SessionErrors, Stats, statsMarkdown, SyncState } from './sessionErrors';
import { SelfhealSettings } from './settings';

export interface Host {
  client(): LanguageClient | undefined;
  settings(): SelfhealSettings;
  serverPath(): string | undefined;
  serverEnvironment(): Promise<NodeJS.ProcessEnv>;
  readonly errors: SessionErrors;
  readonly secrets: Secrets;
  readonly proposals: ProposalView;
  setSyncState(state: SyncState): void;
  restart(): Promise<void>;
  showMarkdown(name: string, markdown: string): Promise<void>;
}

interface RunInTerminalOptions {
  cwd?: string | null;
  token?: string;
}

interface RunTaskResult {
  commandLine: string;
  exitCode: number | null;
  cancelled: boolean;
  recognised: number;
  files: number;
}

export function registerCommands(host: Host): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('selfheal.runInTerminal', (commandLine, options) =>
      runInTerminal(host, commandLine, options),
    ),
    vscode.commands.registerCommand('selfheal.proposeFixAtCursor', () => proposeFix(host)),
    vscode.commands.registerCommand('selfheal.runTaskPick', () => runTask(host)),
    vscode.commands.registerCommand('selfheal.explainError', () => explainError(host)),
    vscode.commands.registerCommand('selfheal.showStats', () => showStats(host)),
    vscode.commands.registerCommand('selfheal.sync', () => sync(host)),
    vscode.commands.registerCommand('selfheal.restartServer', () => host.restart()),
    vscode.commands.registerCommand('selfheal.setSupabaseKey', async () => {
      if (await host.secrets.promptSupabaseKey()) await host.restart();
    }),
    vscode.commands.registerCommand('selfheal.setLlmKey', async () => {
      if (await host.secrets.promptLlmKey()) await host.restart();
    }),
  ];
}

/** Shows a fix's shell command and runs it in a terminal only after the person says yes. */
export async function runInTerminal(
  host: Host,
  commandLine: unknown,
  options: RunInTerminalOptions | undefined,
): Promise<boolean> {
  if (typeof commandLine !== 'string' || commandLine.trim() === '') return false;
  const cwd = options?.cwd ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const answer = await vscode.window.showWarningMessage(
    'selfheal: run this command in a terminal?',
    { modal: true, detail: `${commandLine}${cwd ? `\n\nin ${cwd}` : ''}` },
    'Run',
  );
  if (answer !== 'Run') return false;
  const terminal = vscode.window.createTerminal({ name: 'selfheal', cwd });
  terminal.show();
  const integration = await shellIntegrationOf(terminal, 3000);
  if (integration !== undefined) integration.executeCommand(commandLine);
  else terminal.sendText(commandLine, true);
  const client = host.client();
  if (options?.token !== undefined && client?.isRunning()) {
    await executeServerCommand(client, 'selfheal.recordOutcome', {
      token: options.token,
      event: 'applied',
    }).catch(() => undefined);
  }
  return true;
}

/**
 * Asks the server's LLM provider for a fix of the error under the cursor. The server shows its
 * progress, then sends the edit, which `ProposalView` shows as a diff and applies only after
 * "Apply"; this says how it ended.
 */
async function proposeFix(host: Host): Promise<void> {
  const client = requireClient(host);
  if (client === undefined) return;
  const editor = vscode.window.activeTextEditor;
  const diagnostic = editor !== undefined ? diagnosticsAtCursor(editor)[0] : undefined;
  if (editor === undefined || diagnostic === undefined) {
    void vscode.window.showWarningMessage(
      'selfheal: no error under the cursor. Put the cursor on an error, then run Propose Fix.',
    );
    return;
  }
  await runProposeFix(
    client,
    {
      uri: editor.document.uri.toString(),
      version: editor.document.version,
      diagnostic: toLspDiagnostic(diagnostic),
    },
    host.proposals,
  );
}

async function runTask(host: Host): Promise<void> {
  const client = requireClient(host);
  if (client === undefined) return;
  const tasks = host.settings().taskCommands;
  const other = '$(terminal) Another command…';
  const items: vscode.QuickPickItem[] = [
    ...Object.entries(tasks).map(([name, command]) => ({ label: name, description: command })),
    { label: other },
  ];
  const picked =
    Object.keys(tasks).length === 0
      ? { label: other }
      : await vscode.window.showQuickPick(items, { title: 'selfheal: run which task?' });
  if (picked === undefined) return;
  const command =
    picked.label === other
      ? await vscode.window.showInputBox({
          title: 'selfheal: command to run (its errors become diagnostics with fixes)',
          placeHolder: 'cargo build',
          ignoreFocusOut: true,
        })
      : picked.label;
  if (command === undefined || command.trim() === '') return;
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  try {
    const result = (await executeServerCommand(client, 'selfheal.runTask', {
      command,
      cwd,
    })) as RunTaskResult;
    const summary = result.cancelled
      ? 'was cancelled'
      : `exited with ${result.exitCode}: ${result.recognised} errors recognised in ${result.files} files`;
    void vscode.window.showInformationMessage(`selfheal: \`${result.commandLine}\` ${summary}.`);
  } catch (error) {
    void vscode.window.showErrorMessage(`selfheal: Run Task failed: ${messageOf(error)}`);
  }
}

/** The explanation of the error at the cursor (selfheal's hover there), or of a code or text. */
async function explainError(host: Host): Promise<void> {
  const client = requireClient(host);
  if (client === undefined) return;
  const editor = vscode.window.activeTextEditor;
  if (editor !== undefined) {
    const position = diagnosticsAtCursor(editor)[0]?.range.start ?? editor.selection.active;
    const hover = (await client
      .sendRequest('textDocument/hover', {
        textDocument: { uri: editor.document.uri.toString() },
        position: { line: position.line, character: position.character },
      })
      .catch(() => null)) as { contents?: { value?: string } } | null;
    if (hover?.contents?.value) {
      await host.showMarkdown('explanation', hover.contents.value);
      return;
    }
  }
  const fallback = editor !== undefined ? diagnosticsAtCursor(editor)[0] : undefined;
  const query =
    fallback !== undefined
      ? codeOrMessage(fallback)
      : await vscode.window.showInputBox({
          title: 'selfheal: explain which error? (a code such as E0425, or its message)',
          ignoreFocusOut: true,
        });
  if (query === undefined || query.trim() === '') return;
  try {
    const answer = (await executeServerCommand(client, 'selfheal.explain', { query })) as {
      known: boolean;
      explanations: string[];
    };
    if (!answer.known) {
      void vscode.window.showInformationMessage(`selfheal knows no pattern for "${query}".`);
      return;
    }
    await host.showMarkdown('explanation', answer.explanations.join('\n\n---\n\n'));
  } catch (error) {
    void vscode.window.showErrorMessage(`selfheal: Explain Error failed: ${messageOf(error)}`);
  }
}

async function showStats(host: Host): Promise<void> {
  const client = requireClient(host);
  if (client === undefined) return;
  try {
    const stats = (await executeServerCommand(client, 'selfheal.stats', {})) as Stats;
    await host.showMarkdown('stats', statsMarkdown(stats, host.errors));
  } catch (error) {
    void vscode.window.showErrorMessage(`selfheal: Show Stats failed: ${messageOf(error)}`);
  }
}

/** Runs `selfheal sync` when this selfheal has it; otherwise says sync is not configured. */
async function sync(host: Host): Promise<void> {
  const binary = host.serverPath();
  if (binary === undefined) {
    void vscode.window.showErrorMessage('selfheal: the selfheal binary was not found.');
    return;
  }
  const env = await host.serverEnvironment();
  const help = await run(binary, ['--help'], env);
  if (!helpListsCommand(help.stdout, 'sync')) {
    host.setSyncState({ kind: 'unavailable' });
    void vscode.window.showInformationMessage(
      'selfheal: team sync is not configured — this version of selfheal has no `sync` command yet.',
    );
    return;
  }
  host.setSyncState({ kind: 'syncing' });
  const result = await run(binary, ['sync'], env);
  if (result.code === 0) {
    host.setSyncState({ kind: 'synced', at: new Date() });
    void vscode.window.showInformationMessage(`selfheal: ${result.stdout.trim() || 'synced'}`);
  } else {
    const message = (result.stderr || result.stdout).trim().split('\n')[0] ?? 'failed';
    host.setSyncState({ kind: 'failed', message });
    void vscode.window.showWarningMessage(`selfheal sync: ${message}`);
  }
}

export function executeServerCommand(
  client: LanguageClient,
  command: string,
  argument: unknown,
): Promise<unknown> {
  return client.sendRequest('workspace/executeCommand', { command, arguments: [argument] });
}

function requireClient(host: Host): LanguageClient | undefined {
  const client = host.client();
  if (client === undefined || !client.isRunning()) {
    void vscode.window.showErrorMessage(
      'selfheal: the language server is not running (see the status bar and Output → selfheal).',
    );
    return undefined;
  }
  return client;
}

function diagnosticsAtCursor(editor: vscode.TextEditor): vscode.Diagnostic[] {
  const position = editor.selection.active;
  return vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((diagnostic) => diagnostic.range.contains(position))
    .sort((a, b) => a.severity - b.severity);
}

function codeOrMessage(diagnostic: vscode.Diagnostic): string {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  // rustc-style codes are known by themselves; anything else is best explained by its text.
  return typeof code === 'string' && /^[A-Z]+\d+$/.test(code) ? code : diagnostic.message;
}

function shellIntegrationOf(
  terminal: vscode.Terminal,
  timeoutMs: number,
): Promise<vscode.TerminalShellIntegration | undefined> {
  if (terminal.shellIntegration !== undefined) return Promise.resolve(terminal.shellIntegration);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(undefined);
    }, timeoutMs);
    const subscription = vscode.window.onDidChangeTerminalShellIntegration((event) => {
      if (event.terminal !== terminal) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(event.shellIntegration);
    });
  });
}

function run(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
