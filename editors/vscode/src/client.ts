// Starts `selfheal lsp` as a language client: every file document is synced to it, its
// diagnostics appear under the source "selfheal", and the settings go as initializationOptions.
// The server's own commands (selfheal.recordOutcome, selfheal.runTask …) are registered by the
// client library from the server's executeCommandProvider. `middleware` lets the extension
// handle the server's proposals (`workspace/applyEdit` needing confirmation) itself.

import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, Middleware, ServerOptions } from 'vscode-languageclient/node';

import { InitializationOptions } from './settings';

export const CLIENT_ID = 'selfheal';
export const CLIENT_NAME = 'selfheal';

export function createClient(
  serverPath: string,
  env: NodeJS.ProcessEnv,
  options: InitializationOptions,
  outputChannel: vscode.LogOutputChannel,
  middleware: Middleware = {},
): LanguageClient {
  const serverOptions: ServerOptions = {
    command: serverPath,
    args: ['lsp'],
    options: { env },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file' }],
    initializationOptions: options,
    outputChannel,
    diagnosticCollectionName: CLIENT_ID,
    // Settings changes are sent by the extension itself (only what the server reads).
    synchronize: {},
    middleware,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
