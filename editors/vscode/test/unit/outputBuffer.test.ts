// Terminal output: kept whole within the bound, else head + tail with a marker; and the
// notification built from a finished command.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { OutputBuffer, terminalCaptureParams } from '../../src/outputBuffer';

test('output within the bound is kept as it came, chunk boundaries anywhere', () => {
  const buffer = new OutputBuffer(100, 50);
  for (const chunk of ['error[E0425]: cannot', ' find type `HashMap`\r\n', ' --> src/main.rs:2:21\n']) {
    buffer.append(chunk);
  }
  assert.equal(buffer.text(), 'error[E0425]: cannot find type `HashMap`\r\n --> src/main.rs:2:21\n');
  assert.equal(buffer.truncated, false);
});

test('long output keeps its first and last lines and says what was dropped', () => {
  const buffer = new OutputBuffer(30, 30);
  const lines = Array.from({ length: 40 }, (_, i) => `line ${String(i).padStart(2, '0')}\n`);
  lines.forEach((line) => buffer.append(line));
  const text = buffer.text();
  assert.equal(buffer.truncated, true);
  assert.ok(text.startsWith('line 00\nline 01\nline 02\n'), text);
  assert.ok(text.endsWith('line 38\nline 39\n'), text);
  assert.match(text, /\n\[… \d+ characters of output not kept …\]\n/);
  // No half lines on either side of the marker.
  for (const line of text.split('\n').filter((l) => l !== '' && !l.startsWith('['))) {
    assert.match(line, /^line \d\d$/);
  }
});

test('one huge chunk is split between head and tail', () => {
  const buffer = new OutputBuffer(10, 10);
  buffer.append('a'.repeat(10) + 'b'.repeat(100) + 'c'.repeat(10));
  assert.equal(buffer.truncated, true);
  assert.ok(buffer.text().startsWith('aaaaaaaaaa'));
  assert.ok(buffer.text().endsWith('cccccccccc'));
});

test('a finished command becomes didCaptureOutput; an empty command line is not sent', () => {
  const buffer = new OutputBuffer();
  buffer.append('error: could not compile `counter`\n');
  assert.deepEqual(terminalCaptureParams('  cargo build ', '/w/counter', 101, buffer), {
    origin: 'terminal',
    cwd: '/w/counter',
    commandLine: 'cargo build',
    exitCode: 101,
    output: 'error: could not compile `counter`\n',
    truncated: false,
  });
  assert.equal(terminalCaptureParams('   ', '/w', 0, buffer), undefined);
  const silent = terminalCaptureParams('python3 report.py', undefined, undefined, new OutputBuffer());
  assert.deepEqual(silent, {
    origin: 'terminal',
    cwd: null,
    commandLine: 'python3 report.py',
    exitCode: null,
    output: '',
    truncated: false,
  });
});
