// The status-bar item: the server's state, how many of the errors seen this session selfheal
// knows, and team sync's state. Click: Show Stats.

import * as vscode from 'vscode';

import { ServerState, SessionErrors, statusView, SyncState } from './sessionErrors';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'selfheal.status',
    vscode.StatusBarAlignment.Left,
    10,
  );
  private server: ServerState = 'starting';
  private sync: SyncState = { kind: 'not-configured' };

  constructor(private readonly errors: SessionErrors) {
    this.item.name = 'selfheal';
    this.item.command = 'selfheal.showStats';
    this.render();
    this.item.show();
  }

  setServer(state: ServerState): void {
    this.server = state;
    this.render();
  }

  setSync(state: SyncState): void {
    this.sync = state;
    this.render();
  }

  render(): void {
    const view = statusView(this.server, this.errors, this.sync);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor =
      this.server === 'missing' || this.server === 'failed'
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    this.item.command = this.server === 'missing' ? 'selfheal.restartServer' : 'selfheal.showStats';
  }

  dispose(): void {
    this.item.dispose();
  }
}
