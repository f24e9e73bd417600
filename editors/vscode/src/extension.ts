// selfheal for VS Code: starts the `selfheal lsp` language server and hands it what VS Code
// knows that a language server cannot see by itself: other extensions' diagnostics and what
// ran in the integrated terminal. It implements `selfheal.runInTerminal` for shell-command
// fixes, the commands, fix-all on save, and a status-bar item.

import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';

import { createClient } from './client';
import { Host, registerCommands } from './commands';
import { registerFixAllOnSave } from './fixAllOnSave';
import { DiagnosticsForwarder } from './forwardDiagnostics';
import { MarkdownView } from './markdownView';
import { PROPOSE_FIX_COMMAND, ProposalView, runProposeFix } from './proposal';
import { Secrets } from './secrets';
import { missingServerMessage, resolveServerPath } from './serverPath';
import { SessionErrors, SyncState } from './sessionErrors';
import {
  initializationOptions,
  readSettings,
  SelfhealSettings,
  serverEnvironment,
  syncConfigured,
} from './settings';
import { StatusBar } from './statusBar';
import { TerminalCapture } from './terminalCapture';

let controller: Controller | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  controller = new Controller(context);
  context.subscriptions.push(controller);
  await controller.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}

class Controller implements Host, vscode.Disposable {
  readonly errors = new SessionErrors();
  readonly secrets: Secrets;
  private readonly output = vscode.window.createOutputChannel('selfheal', { log: true });
  private readonly status = new StatusBar(this.errors);
  private readonly view = new MarkdownView();
  readonly proposals = new ProposalView();
  private readonly forwarder: DiagnosticsForwarder;
  private readonly capture: TerminalCapture;
  private readonly disposables: vscode.Disposable[] = [];
  private languageClient: LanguageClient | undefined;
  private binary: string | undefined;
  private current: SelfhealSettings = readSettings(settingGetter());
  private restarting: Promise<void> = Promise.resolve();

  constructor(context: vscode.ExtensionContext) {
    this.secrets = new Secrets(context.secrets);
    this.forwarder = new DiagnosticsForwarder(
      () => this.current.forwardDiagnostics,
      this.errors,
      () => this.status.render(),
    );
    this.capture = new TerminalCapture(
      () => this.current.captureTerminalOutput,
      (params) => {
        const client = this.languageClient;
        if (client === undefined || !client.isRunning()) return;
        this.output.info(
          `terminal: \`${params.commandLine}\` exited with ${params.exitCode}; ` +
            `${params.output.length} characters sent${params.truncated ? ' (truncated)' : ''}`,
        );
        client
          .sendNotification('selfheal/didCaptureOutput', params)
          .catch((error) => client.warn('sending terminal output failed', error));
      },
    );
    this.disposables.push(
      ...registerCommands(this),
      registerFixAllOnSave(
        () => this.languageClient,
        () => this.current.fixAllOnSave,
      ),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('selfheal')) void this.settingsChanged();
      }),
      this.secrets.onDidChange(() => void this.restart()),
    );
  }

  client(): LanguageClient | undefined {
    return this.languageClient;
  }

  settings(): SelfhealSettings {
    return this.current;
  }

  serverPath(): string | undefined {
    return this.binary;
  }

  async serverEnvironment(): Promise<NodeJS.ProcessEnv> {
    return serverEnvironment(this.current, await this.secrets.read(), process.env);
  }

  setSyncState(state: SyncState): void {
    this.status.setSync(state);
  }

  showMarkdown(name: string, markdown: string): Promise<void> {
    return this.view.show(name, markdown);
  }

  async start(): Promise<void> {
    this.current = readSettings(settingGetter());
    const secrets = await this.secrets.read();
    this.status.setSync(
      syncConfigured(this.current, secrets, process.env) ? { kind: 'idle' } : { kind: 'not-configured' },
    );
    const resolved = resolveServerPath(this.current.serverPath, {
      envPath: process.env.PATH,
      home: os.homedir(),
      isExecutable,
      platform: process.platform,
    });
    if (!resolved.found) {
      this.binary = undefined;
      this.status.setServer('missing');
      const message = missingServerMessage(resolved);
      this.output.info(message);
      void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
        if (choice === 'Open Settings') {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'selfheal.server.path');
        }
      });
      return;
    }
    this.binary = resolved.path;
    this.output.info(`starting ${resolved.path} lsp`);
    const client = createClient(
      resolved.path,
      serverEnvironment(this.current, secrets, process.env),
      initializationOptions(this.current),
      this.output,
      {
        // An LLM's proposal is shown as a diff and applied only after "Apply"; any other edit
        // the server asks for is applied as before.
        workspace: {
          handleApplyEdit: async (params, next) =>
            (await this.proposals.handleApplyEdit(params, client)) ?? next(params, neverCancelled),
        },
        // A code action's `selfheal.proposeFix` says how it ended, as the command does (sent
        // here: the library's own sending turns the server's error into a generic toast).
        executeCommand: (command, args, next) =>
          command === PROPOSE_FIX_COMMAND
            ? runProposeFix(client, args[0], this.proposals)
            : next(command, args),
      },
    );
    this.languageClient = client;
    this.status.setServer('starting');
    client.onDidChangeState((event) => {
      if (this.languageClient !== client) return;
      this.status.setServer(
        event.newState === State.Running ? 'running' : event.newState === State.Starting ? 'starting' : 'stopped',
      );
    });
    try {
      await client.start();
      this.status.setServer('running');
      this.forwarder.attach(client);
    } catch (error) {
      this.status.setServer('failed');
      const message = error instanceof Error ? error.message : String(error);
      this.output.info(`the server did not start: ${message}`);
      void vscode.window.showErrorMessage(`selfheal: the language server did not start: ${message}`);
    }
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    this.forwarder.attach(undefined);
    if (client !== undefined) {
      await client.stop().catch(() => undefined);
      await client.dispose().catch(() => undefined);
    }
    this.status.setServer('stopped');
  }

  restart(): Promise<void> {
    this.restarting = this.restarting.then(async () => {
      await this.stop();
      await this.start();
    });
    return this.restarting;
  }

  /** New settings: a restart when the binary or its environment changes, else sent as they are. */
  private async settingsChanged(): Promise<void> {
    const previous = this.current;
    const next = readSettings(settingGetter());
    this.current = next;
    const needsRestart =
      previous.serverPath !== next.serverPath ||
      JSON.stringify([previous.remote, previous.llm]) !== JSON.stringify([next.remote, next.llm]);
    if (needsRestart || this.languageClient === undefined) {
      await this.restart();
      return;
    }
    await this.languageClient
      .sendNotification('workspace/didChangeConfiguration', {
        settings: { selfheal: initializationOptions(next) },
      })
      .catch(() => undefined);
    this.forwarder.refresh();
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
    this.forwarder.dispose();
    this.capture.dispose();
    this.status.dispose();
    this.view.dispose();
    this.proposals.dispose();
    this.output.dispose();
  }
}

const neverCancelled = new vscode.CancellationTokenSource().token;

function settingGetter(): (key: string) => unknown {
  const configuration = vscode.workspace.getConfiguration('selfheal');
  return (key) => configuration.get(key);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
