// Finding the selfheal binary, and what is said when it is missing.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { helpListsCommand, missingServerMessage, resolveServerPath } from '../../src/serverPath';

const lookup = (executables: string[], envPath = '/usr/local/bin:/usr/bin') => ({
  envPath,
  home: '/home/ada',
  isExecutable: (file: string) => executables.includes(file),
  platform: 'linux' as NodeJS.Platform,
});

test('the setting wins, with ~ expanded', () => {
  assert.deepEqual(resolveServerPath('~/src/selfheal/target/release/selfheal', lookup(['/home/ada/src/selfheal/target/release/selfheal'])), {
    found: true,
    path: '/home/ada/src/selfheal/target/release/selfheal',
  });
});

test('a setting that points nowhere is reported, not replaced by PATH', () => {
  const result = resolveServerPath('/opt/none/selfheal', lookup(['/usr/bin/selfheal']));
  assert.deepEqual(result, { found: false, tried: ['/opt/none/selfheal'], fromSetting: true });
  if (!result.found) {
    const message = missingServerMessage(result);
    assert.match(message, /selfheal\.server\.path` is set to \/opt\/none\/selfheal/);
    assert.match(message, /cargo install --locked --path \./);
  }
});

test('PATH in order, then ~/.cargo/bin', () => {
  assert.deepEqual(resolveServerPath('', lookup(['/usr/bin/selfheal', '/home/ada/.cargo/bin/selfheal'])), {
    found: true,
    path: '/usr/bin/selfheal',
  });
  assert.deepEqual(resolveServerPath(' ', lookup(['/home/ada/.cargo/bin/selfheal'])), {
    found: true,
    path: '/home/ada/.cargo/bin/selfheal',
  });
  const missing = resolveServerPath('', lookup([], '/usr/bin::/bin'));
  assert.deepEqual(missing, {
    found: false,
    tried: ['/usr/bin/selfheal', '/bin/selfheal', '/home/ada/.cargo/bin/selfheal'],
    fromSetting: false,
  });
  if (!missing.found) assert.match(missingServerMessage(missing), /not on PATH/);
});

test("a subcommand is found in clap's help, not in prose", () => {
  const help = [
    'Usage: selfheal <COMMAND>',
    '',
    'Commands:',
    '  ingest    Recognise errors',
    '  lsp       Run the language server (synchronises nothing)',
    '  sync      Send what was learned to Supabase',
    '',
  ].join('\n');
  assert.equal(helpListsCommand(help, 'sync'), true);
  assert.equal(helpListsCommand(help.replace(/ {2}sync .*\n/, ''), 'sync'), false);
  assert.equal(helpListsCommand('selfheal can sync nothing', 'sync'), false);
});
