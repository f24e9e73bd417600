// A server's proposal (an edit whose annotation needs confirmation) told apart from any other
// edit; stale versions refused; the proposed text; the edit VS Code applies has no annotations;
// the sentences that say how it ended.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  applyTextEdits,
  LspWorkspaceEdit,
  outcomeMessage,
  proposalOf,
  staleReason,
  withoutAnnotations,
} from '../../src/proposalEdit';

const uri = 'file:///work/main.py';
const range = (line: number, start: number, end: number) => ({
  start: { line, character: start },
  end: { line, character: end },
});

function proposed(version: number | null = 4): LspWorkspaceEdit {
  return {
    documentChanges: [
      {
        textDocument: { uri, version },
        edits: [{ range: range(4, 6, 13), newText: 'greet("world")', annotationId: 'selfheal.proposal' }],
      },
    ],
    changeAnnotations: {
      'selfheal.proposal': {
        label: 'Pass the name to greet',
        needsConfirmation: true,
        description: 'greet() needs a name — proposed by anthropic (claude), 80% sure',
      },
    },
  };
}

test('a proposal is an edit whose text edit carries an annotation that needs confirmation', () => {
  const proposal = proposalOf(proposed(), 'selfheal: Pass the name to greet');
  assert.deepEqual(proposal && { title: proposal.title, description: proposal.description }, {
    title: 'Pass the name to greet',
    description: 'greet() needs a name — proposed by anthropic (claude), 80% sure',
  });
  assert.equal(proposal?.documents[0].version, 4);
  assert.equal(proposal?.unsupported, undefined);
});

test('any other edit is not a proposal, and is applied as before', () => {
  const plain: LspWorkspaceEdit = { changes: { [uri]: [{ range: range(0, 0, 0), newText: 'import json\n' }] } };
  assert.equal(proposalOf(plain), undefined);
  const unconfirmed = proposed();
  unconfirmed.changeAnnotations = { 'selfheal.proposal': { label: 'x', needsConfirmation: false } };
  assert.equal(proposalOf(unconfirmed), undefined);
  const unused = proposed();
  unused.documentChanges = [{ textDocument: { uri, version: 4 }, edits: [{ range: range(0, 0, 0), newText: '' }] }];
  assert.equal(proposalOf(unused), undefined);
});

test('an edit for another version of an open document is refused', () => {
  const proposal = proposalOf(proposed(4));
  assert.ok(proposal);
  assert.equal(staleReason(proposal, () => 4), undefined);
  assert.equal(staleReason(proposal, () => undefined), undefined, 'a file that is not open');
  assert.match(staleReason(proposal, () => 5, () => 'main.py') ?? '', /main\.py is at version 5, the fix was made for version 4/);
  const unversioned = proposalOf(proposed(null));
  assert.ok(unversioned);
  assert.equal(staleReason(unversioned, () => 9), undefined);
});

test('the proposed text: every range refers to the original text', () => {
  const text = 'def greet(name):\n    return "hello " + name\n\n\nprint(greet())\n';
  assert.equal(
    applyTextEdits(text, [{ range: range(4, 6, 13), newText: 'greet("world")' }]),
    'def greet(name):\n    return "hello " + name\n\n\nprint(greet("world"))\n',
  );
  assert.equal(
    applyTextEdits('a\nb\n', [
      { range: range(1, 0, 1), newText: 'B' },
      { range: range(0, 0, 0), newText: '# top\n' },
    ]),
    '# top\na\nB\n',
  );
  // UTF-16 columns, and positions past a line's end clamped to it.
  assert.equal(applyTextEdits('é🎉x\n', [{ range: range(0, 3, 4), newText: 'y' }]), 'é🎉y\n');
  assert.equal(applyTextEdits('ab\ncd', [{ range: range(0, 1, 99), newText: '' }]), 'a\ncd');
});

test('the edit VS Code applies carries no annotations (no refactor preview of its own)', () => {
  const plain = withoutAnnotations(proposed());
  assert.equal(plain.changeAnnotations, undefined);
  assert.deepEqual(plain.documentChanges, [
    { textDocument: { uri, version: 4 }, edits: [{ range: range(4, 6, 13), newText: 'greet("world")' }] },
  ]);
});

test('how a proposal ended, in a sentence', () => {
  const result = { title: 'Pass the name to greet', provider: 'anthropic', model: 'claude' };
  assert.match(outcomeMessage({ ...result, applied: true }), /applied "Pass the name to greet", proposed by anthropic \(claude\)\. .*learns the fix/);
  assert.equal(
    outcomeMessage({ ...result, applied: false, declined: true }),
    'selfheal: "Pass the name to greet" (proposed by anthropic (claude)) was not applied.',
  );
  assert.equal(
    outcomeMessage({ ...result, applied: false, declined: true, failureReason: 'the document changed' }),
    'selfheal: "Pass the name to greet" (proposed by anthropic (claude)) was not applied: the document changed',
  );
  assert.match(outcomeMessage(null), /the fix proposed by the LLM was not applied/);
});
