// Diagnostic → LSP conversion, leaving out selfheal's own, and sending a uri's list only when
// it changed.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  DiagnosticLike,
  externalDiagnosticsParams,
  externalOnly,
  SentDiagnostics,
  toLspDiagnostic,
} from '../../src/diagnostics';

const range = (line: number, start: number, end: number) => ({
  start: { line, character: start },
  end: { line, character: end },
});

const pyright: DiagnosticLike = {
  range: range(6, 10, 14),
  message: '"json" is not defined',
  severity: 0,
  source: 'Pyright',
  code: {
    value: 'reportUndefinedVariable',
    target: { toString: () => 'https://github.com/microsoft/pyright/blob/main/docs/configuration.md' },
  },
};

test('a VS Code diagnostic becomes the protocol shape', () => {
  assert.deepEqual(toLspDiagnostic(pyright), {
    range: range(6, 10, 14),
    severity: 1,
    message: '"json" is not defined',
    source: 'Pyright',
    code: 'reportUndefinedVariable',
    codeDescription: { href: 'https://github.com/microsoft/pyright/blob/main/docs/configuration.md' },
  });
});

test('severities shift from 0-based to 1-based; tags and related information are kept', () => {
  const severities = [0, 1, 2, 3].map((severity) => toLspDiagnostic({ ...pyright, severity }).severity);
  assert.deepEqual(severities, [1, 2, 3, 4]);
  const lsp = toLspDiagnostic({
    range: range(0, 0, 3),
    message: 'unused import',
    severity: 3,
    code: 401,
    tags: [1],
    relatedInformation: [
      { location: { uri: { toString: () => 'file:///a.py' }, range: range(2, 0, 1) }, message: 'here' },
    ],
  });
  assert.equal(lsp.code, 401);
  assert.equal(lsp.source, undefined);
  assert.deepEqual(lsp.tags, [1]);
  assert.deepEqual(lsp.relatedInformation, [
    { location: { uri: 'file:///a.py', range: range(2, 0, 1) }, message: 'here' },
  ]);
});

test("selfheal's own diagnostics are never forwarded", () => {
  const own = { ...pyright, source: 'selfheal', message: 'cannot find type `HashMap`' };
  assert.deepEqual(externalOnly([own, pyright]), [pyright]);
  const params = externalDiagnosticsParams('file:///w/report.py', 7, [own, pyright]);
  assert.equal(params.origin, 'vscode');
  assert.equal(params.version, 7);
  assert.deepEqual(
    params.diagnostics.map((d) => d.source),
    ['Pyright'],
  );
  assert.equal('version' in externalDiagnosticsParams('file:///w/x.py', undefined, []), false);
});

test('an unchanged list is sent once; an empty one only to clear what was sent', () => {
  const sent = new SentDiagnostics();
  const uri = 'file:///w/report.py';
  assert.equal(sent.changed(externalDiagnosticsParams(uri, 1, [])), false, 'nothing to clear');
  assert.equal(sent.changed(externalDiagnosticsParams(uri, 1, [pyright])), true);
  assert.equal(sent.changed(externalDiagnosticsParams(uri, 1, [pyright])), false, 'a republish');
  assert.equal(sent.changed(externalDiagnosticsParams(uri, 2, [pyright])), true, 'a new version');
  assert.equal(sent.changed(externalDiagnosticsParams(uri, 3, [])), true, 'cleared');
  assert.equal(sent.changed(externalDiagnosticsParams(uri, 4, [])), false, 'already clear');
  assert.equal(sent.changed(externalDiagnosticsParams(uri, 4, [pyright])), true);
  assert.deepEqual(sent.uris(), [uri]);
  sent.clear();
  assert.deepEqual(sent.uris(), []);
  assert.equal(sent.changed(externalDiagnosticsParams(uri, 4, [pyright])), true, 'a new server');
});
