// API keys in VS Code's secret storage (the OS keychain where there is one), never in
// settings.json: the Supabase key for team sync and the LLM provider keys for Propose Fix.
// They reach the server through its environment only (settings.ts `serverEnvironment`).

import * as vscode from 'vscode';

import { StoredSecrets } from './settings';

const SUPABASE_KEY = 'selfheal.supabaseKey';
const LLM_KEYS: Record<string, string> = {
  anthropic: 'selfheal.anthropicKey',
  openai: 'selfheal.openaiKey',
};

export class Secrets {
  constructor(private readonly storage: vscode.SecretStorage) {}

  async read(): Promise<StoredSecrets> {
    const [supabaseKey, anthropicKey, openaiKey] = await Promise.all([
      this.storage.get(SUPABASE_KEY),
      this.storage.get(LLM_KEYS.anthropic),
      this.storage.get(LLM_KEYS.openai),
    ]);
    return { supabaseKey, anthropicKey, openaiKey };
  }

  /** Asks for the Supabase key; an empty answer removes it. Whether anything changed. */
  async promptSupabaseKey(): Promise<boolean> {
    return this.prompt(SUPABASE_KEY, 'Supabase key for team sync (empty to remove it)');
  }

  /** Asks which provider, then its key. Whether anything changed. */
  async promptLlmKey(): Promise<boolean> {
    const provider = await vscode.window.showQuickPick(Object.keys(LLM_KEYS), {
      title: 'selfheal: the key of which LLM provider? (Ollama needs none)',
    });
    if (provider === undefined) return false;
    return this.prompt(LLM_KEYS[provider], `${provider} API key (empty to remove it)`);
  }

  onDidChange(listener: () => void): vscode.Disposable {
    return this.storage.onDidChange(listener);
  }

  private async prompt(key: string, title: string): Promise<boolean> {
    const value = await vscode.window.showInputBox({ title, password: true, ignoreFocusOut: true });
    if (value === undefined) return false;
    if (value.trim() === '') await this.storage.delete(key);
    else await this.storage.store(key, value.trim());
    return true;
  }
}
