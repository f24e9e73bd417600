// The session's error counts, the status-bar text and the stats page.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SessionErrors, statsMarkdown, statusView } from '../../src/sessionErrors';

const error = (message: string, source = 'Pyright') => ({ file: 'file:///w/a.py', source, code: '', message });

test('each error counts once; known once selfheal says it knows it', () => {
  const errors = new SessionErrors();
  errors.observe(error('"json" is not defined'));
  errors.observe(error('"json" is not defined'));
  errors.observe(error('cannot find type `HashMap`', 'selfheal'), true);
  assert.equal(errors.seenCount, 2);
  assert.equal(errors.knownCount, 1);
  const pending = errors.takeUnclassified(10);
  assert.deepEqual(pending.map((e) => e.message), ['"json" is not defined']);
  assert.deepEqual(errors.takeUnclassified(10), [], 'taken once');
  errors.observe(pending[0], true);
  assert.equal(errors.knownCount, 2);
  // A republish of a known error does not ask again.
  errors.observe(error('"json" is not defined'));
  assert.deepEqual(errors.takeUnclassified(10), []);
});

test('the status bar shows the server, the counts and sync', () => {
  const errors = new SessionErrors();
  errors.observe(error('x'), true);
  errors.observe(error('y'), false);
  const running = statusView('running', errors, { kind: 'not-configured' });
  assert.equal(running.text, '$(pulse) selfheal 1/2');
  assert.match(running.tooltip, /server: running/);
  assert.match(running.tooltip, /2 seen, 1 known/);
  assert.match(running.tooltip, /team sync: not configured/);
  assert.equal(statusView('missing', errors, { kind: 'unavailable' }).text, '$(warning) selfheal');
  assert.match(statusView('missing', errors, { kind: 'unavailable' }).tooltip, /not found/);
  assert.equal(statusView('running', errors, { kind: 'syncing' }).text, '$(pulse) selfheal 1/2 $(sync~spin)');
  assert.match(statusView('running', errors, { kind: 'failed', message: 'timeout' }).tooltip, /failed: timeout/);
});

test('the stats page', () => {
  const page = statsMarkdown(
    {
      errors_seen: 7,
      distinct_errors: 3,
      fixes_applied: 2,
      fixes_undone: 0,
      outcomes: 2,
      successes: 2,
      failures: 0,
      reverts: 0,
      success_rate: 1,
      patterns_learned: 0,
      top_recurring: [{ message: 'cannot find type `HashMap`', pattern_id: 'rust.missing-import', count: 4 }],
    },
    new SessionErrors(),
  );
  assert.match(page, /\| errors seen \(all time\) \| 7 \|/);
  assert.match(page, /\| success rate \| 100% \|/);
  assert.match(page, /- 4× cannot find type `HashMap` \(`rust.missing-import`\)/);
  assert.match(statsMarkdown({ outcomes: 0, success_rate: null }, new SessionErrors()), /no outcomes yet/);
});

test('the stats page says how team sync stands, as the server sees it', () => {
  const open = statsMarkdown(
    {
      team: {
        configured: true,
        project: 'acme',
        outbox: { pending: 6, set_aside: 1 },
        breaker: { state: 'open', retry_in_seconds: 42 },
        similarity: 'on, openai:text-embedding-3-small',
      },
    },
    new SessionErrors(),
  );
  assert.match(open, /\| project \| acme \|/);
  assert.match(open, /\| queued for the team \| 6 \(1 set aside\) \|/);
  assert.match(open, /\| circuit breaker \| open — the store kept failing; calls resume in 42 s \|/);
  const off = statsMarkdown(
    { team: { configured: false, not_configured: 'team sync is not configured: set SUPABASE_URL' } },
    new SessionErrors(),
  );
  assert.match(off, /## Team memory\n\nteam sync is not configured: set SUPABASE_URL/);
});
