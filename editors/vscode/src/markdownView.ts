// Read-only Markdown pages (an explanation, the stats) shown in VS Code's Markdown preview,
// from a virtual `selfheal-view:` document so that nothing is left unsaved.

import * as vscode from 'vscode';

export const SCHEME = 'selfheal-view';

export class MarkdownView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.path) ?? '';
  }

  async show(name: string, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${name}.md` });
    this.pages.set(uri.path, markdown);
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      // No Markdown preview (a trimmed-down editor): the page as text.
      await vscode.window.showTextDocument(uri, { preview: true });
    }
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
