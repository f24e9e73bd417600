// Sends what commands print in the integrated terminal to selfheal (`selfheal/didCaptureOutput`),
// through shell integration: `read()` yields only what comes after it is first called, so
// reading starts when a command starts, and the output is sent when it ends, with its exit
// code, command line and working directory. Terminals without shell integration are not seen.

import * as vscode from 'vscode';

import { CaptureOutputParams, OutputBuffer, terminalCaptureParams } from './outputBuffer';

/** How long to wait, after a command ended, for the last of its output to be read. */
const DRAIN_MS = 2000;

export class TerminalCapture implements vscode.Disposable {
  private readonly reading = new Map<
    vscode.TerminalShellExecution,
    { buffer: OutputBuffer; done: Promise<void> }
  >();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly enabled: () => boolean,
    private readonly send: (params: CaptureOutputParams) => void,
  ) {
    this.subscriptions = [
      vscode.window.onDidStartTerminalShellExecution((event) => this.started(event)),
      vscode.window.onDidEndTerminalShellExecution((event) => void this.ended(event)),
    ];
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.reading.clear();
  }

  private started(event: vscode.TerminalShellExecutionStartEvent): void {
    if (!this.enabled()) return;
    const buffer = new OutputBuffer();
    const stream = event.execution.read();
    const done = (async () => {
      try {
        for await (const data of stream) buffer.append(data);
      } catch {
        // The terminal went away; send what was read.
      }
    })();
    this.reading.set(event.execution, { buffer, done });
  }

  private async ended(event: vscode.TerminalShellExecutionEndEvent): Promise<void> {
    const reading = this.reading.get(event.execution);
    this.reading.delete(event.execution);
    if (reading === undefined) return;
    await Promise.race([reading.done, delay(DRAIN_MS)]);
    const buffer = reading.buffer;
    const cwd =
      event.execution.cwd?.fsPath ??
      event.shellIntegration.cwd?.fsPath ??
      vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const params = terminalCaptureParams(
      event.execution.commandLine.value,
      cwd,
      event.exitCode,
      buffer,
    );
    if (params !== undefined) this.send(params);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
