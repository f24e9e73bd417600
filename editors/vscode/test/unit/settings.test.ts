// Settings → initializationOptions and the server's environment: keys only ever in the
// environment; bad values fall back to defaults.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  codeActionsOnSaveCover,
  initializationOptions,
  ollamaUrl,
  readSettings,
  serverEnvironment,
  syncConfigured,
} from '../../src/settings';

const settingsFrom = (values: Record<string, unknown>) => readSettings((key) => values[key]);

test('defaults, and values of the wrong type ignored', () => {
  const settings = settingsFrom({ minConfidence: 3, fixAllOnSave: 'yes', taskCommands: ['cargo build'] });
  assert.deepEqual(initializationOptions(settings), {
    minConfidence: 0.5,
    fixAllOnSave: false,
    taskCommands: {},
  });
  assert.equal(settings.forwardDiagnostics, true);
  assert.equal(settings.captureTerminalOutput, true);
});

test('what the server reads goes in initializationOptions, nothing else', () => {
  const settings = settingsFrom({
    'server.path': '/opt/selfheal',
    minConfidence: 0.6,
    fixAllOnSave: true,
    taskCommands: { build: 'cargo build', empty: '', bad: 3 },
    'remote.url': 'https://example.supabase.co',
    'llm.provider': 'anthropic',
    'llm.model': 'claude-x',
  });
  assert.deepEqual(initializationOptions(settings), {
    minConfidence: 0.6,
    fixAllOnSave: true,
    taskCommands: { build: 'cargo build' },
    remote: { url: 'https://example.supabase.co' },
    llm: { provider: 'anthropic', model: 'claude-x' },
  });
});

test('keys reach the server through its environment only; a stored key wins', () => {
  const settings = settingsFrom({
    'remote.url': 'https://example.supabase.co',
    'remote.project': 'shop',
    'llm.provider': 'ollama',
    'llm.baseUrl': 'http://127.0.0.1:11434',
  });
  const secrets = { supabaseKey: 'stored-supabase', anthropicKey: 'stored-anthropic' };
  const env = serverEnvironment(settings, secrets, { PATH: '/usr/bin', ANTHROPIC_API_KEY: 'from-env', OPENAI_API_KEY: 'env-openai' });
  assert.equal(env.PATH, '/usr/bin');
  assert.equal(env.SUPABASE_URL, 'https://example.supabase.co');
  assert.equal(env.SUPABASE_KEY, 'stored-supabase');
  assert.equal(env.SELFHEAL_PROJECT, 'shop');
  assert.equal(env.ANTHROPIC_API_KEY, 'stored-anthropic');
  assert.equal(env.OPENAI_API_KEY, 'env-openai');
  assert.equal(env.OLLAMA_HOST, 'http://127.0.0.1:11434');
  assert.equal(env.NO_COLOR, '1');
  const options = JSON.stringify(initializationOptions(settings));
  assert.ok(!options.includes('stored-'), options);
});

test('the LLM settings reach the server; an Ollama host is made a URL as OLLAMA_HOST is', () => {
  const ollama = settingsFrom({ 'llm.provider': 'ollama', 'llm.model': 'qwen', 'llm.baseUrl': 'gpu-box' });
  assert.deepEqual(initializationOptions(ollama).llm, {
    provider: 'ollama',
    model: 'qwen',
    baseUrl: 'http://gpu-box:11434',
  });
  assert.equal(serverEnvironment(ollama, {}, {}).OLLAMA_HOST, 'gpu-box');
  const proxy = settingsFrom({ 'llm.baseUrl': 'http://127.0.0.1:9000' });
  assert.deepEqual(initializationOptions(proxy).llm, { baseUrl: 'http://127.0.0.1:9000' });
  assert.equal(serverEnvironment(proxy, {}, {}).SELFHEAL_LLM_BASE_URL, 'http://127.0.0.1:9000');
  assert.equal(initializationOptions(settingsFrom({})).llm, undefined);
  assert.equal(ollamaUrl('https://ollama.example:443/'), 'https://ollama.example:443/');
  assert.equal(ollamaUrl('127.0.0.1'), 'http://127.0.0.1:11434');
});

test('sync needs an address and a key, from settings, secret storage or the environment', () => {
  const none = settingsFrom({});
  assert.equal(syncConfigured(none, {}, {}), false);
  assert.equal(syncConfigured(none, {}, { SUPABASE_URL: 'u', SUPABASE_KEY: 'k' }), true);
  const withUrl = settingsFrom({ 'remote.url': 'u' });
  assert.equal(syncConfigured(withUrl, {}, {}), false);
  assert.equal(syncConfigured(withUrl, { supabaseKey: 'k' }, {}), true);
});

test("editor.codeActionsOnSave already covering selfheal's fix-all", () => {
  const kind = 'source.fixAll.selfheal';
  assert.equal(codeActionsOnSaveCover(undefined, kind), false);
  assert.equal(codeActionsOnSaveCover({ 'source.fixAll': 'explicit' }, kind), true);
  assert.equal(codeActionsOnSaveCover({ 'source.fixAll.selfheal': true }, kind), true);
  assert.equal(codeActionsOnSaveCover({ 'source.fixAll': 'never' }, kind), false);
  assert.equal(codeActionsOnSaveCover({ 'source.fixAll.eslint': 'explicit' }, kind), false);
  assert.equal(codeActionsOnSaveCover({ 'source.organizeImports': 'explicit' }, kind), false);
  assert.equal(codeActionsOnSaveCover(['source.fixAll'], kind), true);
});
