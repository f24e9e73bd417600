// The extension's settings, what of them the server gets as `initializationOptions` (and in
// `workspace/didChangeConfiguration`), and the environment the server is started with. API
// keys come from secret storage or the environment and go to the server's environment only:
// never to settings.json, never in initializationOptions. Pure, so that it is unit-tested.

export interface SelfhealSettings {
  serverPath: string;
  minConfidence: number;
  fixAllOnSave: boolean;
  taskCommands: Record<string, string>;
  forwardDiagnostics: boolean;
  captureTerminalOutput: boolean;
  remote: { url: string; project: string };
  llm: { provider: string; model: string; baseUrl: string };
}

/** Keys kept in VS Code's secret storage. */
export interface StoredSecrets {
  supabaseKey?: string;
  anthropicKey?: string;
  openaiKey?: string;
}

/** What the server's `SettingsPayload` reads (src/lsp/lsp_ext.rs). */
export interface InitializationOptions {
  minConfidence: number;
  fixAllOnSave: boolean;
  taskCommands: Record<string, string>;
  remote?: { url: string; project?: string };
  llm?: { provider?: string; model?: string; baseUrl?: string };
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Reads the `selfheal.*` settings through `get` (VS Code's `WorkspaceConfiguration.get`). */
export function readSettings(get: (key: string) => unknown): SelfhealSettings {
  const text = (key: string): string => {
    const value = get(key);
    return typeof value === 'string' ? value.trim() : '';
  };
  const flag = (key: string, fallback: boolean): boolean => {
    const value = get(key);
    return typeof value === 'boolean' ? value : fallback;
  };
  const confidence = get('minConfidence');
  return {
    serverPath: text('server.path'),
    minConfidence:
      typeof confidence === 'number' && confidence >= 0 && confidence <= 1
        ? confidence
        : DEFAULT_MIN_CONFIDENCE,
    fixAllOnSave: flag('fixAllOnSave', false),
    taskCommands: stringRecord(get('taskCommands')),
    forwardDiagnostics: flag('forwardDiagnostics', true),
    captureTerminalOutput: flag('captureTerminalOutput', true),
    remote: { url: text('remote.url'), project: text('remote.project') },
    llm: { provider: text('llm.provider'), model: text('llm.model'), baseUrl: text('llm.baseUrl') },
  };
}

export function initializationOptions(settings: SelfhealSettings): InitializationOptions {
  const options: InitializationOptions = {
    minConfidence: settings.minConfidence,
    fixAllOnSave: settings.fixAllOnSave,
    taskCommands: settings.taskCommands,
  };
  if (settings.remote.url !== '') {
    options.remote = { url: settings.remote.url, ...nonEmpty('project', settings.remote.project) };
  }
  const { provider, model, baseUrl } = settings.llm;
  if (provider !== '' || model !== '' || baseUrl !== '') {
    options.llm = {
      ...nonEmpty('provider', provider),
      ...nonEmpty('model', model),
      ...nonEmpty('baseUrl', provider === 'ollama' ? ollamaUrl(baseUrl) : baseUrl),
    };
  }
  return options;
}

/**
 * An Ollama address as `OLLAMA_HOST` may be written (`127.0.0.1`, `host:11434`) made a URL: the
 * server takes an editor's `baseUrl` as it is, but reads `OLLAMA_HOST` this way.
 */
export function ollamaUrl(host: string): string {
  const trimmed = host.trim();
  if (trimmed === '') return '';
  const withScheme = trimmed.includes('://') ? trimmed : `http://${trimmed}`;
  const authority = withScheme.split('://')[1]?.split('/')[0] ?? '';
  return authority.includes(':') ? withScheme : `${withScheme.replace(/\/+$/, '')}:11434`;
}

/**
 * The server's environment: the editor's, with the settings' addresses and the stored keys
 * (a stored key wins over one in the environment). Names as in the design's CLI contract.
 */
export function serverEnvironment(
  settings: SelfhealSettings,
  secrets: StoredSecrets,
  base: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  // The server's log goes to an output channel, which shows ANSI colours as garbage.
  const env: NodeJS.ProcessEnv = { ...base, NO_COLOR: '1' };
  if (settings.remote.url !== '') env.SUPABASE_URL = settings.remote.url;
  if (settings.remote.project !== '') env.SELFHEAL_PROJECT = settings.remote.project;
  if (settings.llm.baseUrl !== '') {
    if (settings.llm.provider === 'ollama') env.OLLAMA_HOST = settings.llm.baseUrl;
    else env.SELFHEAL_LLM_BASE_URL = settings.llm.baseUrl;
  }
  if (secrets.supabaseKey) env.SUPABASE_KEY = secrets.supabaseKey;
  if (secrets.anthropicKey) env.ANTHROPIC_API_KEY = secrets.anthropicKey;
  if (secrets.openaiKey) env.OPENAI_API_KEY = secrets.openaiKey;
  return env;
}

/** Whether team sync has what it needs: an address and a key (stored or in the environment). */
export function syncConfigured(
  settings: SelfhealSettings,
  secrets: StoredSecrets,
  base: NodeJS.ProcessEnv,
): boolean {
  const url = settings.remote.url !== '' ? settings.remote.url : base.SUPABASE_URL ?? '';
  const key = secrets.supabaseKey ?? base.SUPABASE_KEY ?? '';
  return url !== '' && key !== '';
}

/** Whether VS Code's `editor.codeActionsOnSave` value already requests `kind` on save. */
export function codeActionsOnSaveCover(setting: unknown, kind: string): boolean {
  const requested = (name: string) => kind === name || kind.startsWith(`${name}.`);
  if (Array.isArray(setting)) return setting.some((name) => typeof name === 'string' && requested(name));
  if (typeof setting !== 'object' || setting === null) return false;
  return Object.entries(setting).some(
    ([name, value]) =>
      requested(name) && (value === true || value === 'explicit' || value === 'always'),
  );
}

function stringRecord(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return record;
  for (const [name, command] of Object.entries(value)) {
    if (typeof command === 'string' && command.trim() !== '') record[name] = command;
  }
  return record;
}

function nonEmpty<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}
