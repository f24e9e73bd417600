// The errors seen in this editor session and which of them selfheal knows, for the status bar;
// and the texts the status bar and "Show Stats" show. Pure, so that it is unit-tested.

/** An error or warning the editor showed: where, from which tool, what it said. */
export interface SeenError {
  file: string;
  source: string;
  code: string;
  message: string;
}

export type ServerState = 'starting' | 'running' | 'stopped' | 'missing' | 'failed';

export type SyncState =
  | { kind: 'unavailable' }
  | { kind: 'not-configured' }
  | { kind: 'idle' }
  | { kind: 'syncing' }
  | { kind: 'synced'; at: Date }
  | { kind: 'failed'; message: string };

export function errorKey(error: SeenError): string {
  return JSON.stringify([error.file, error.source, error.code, error.message]);
}

export class SessionErrors {
  private readonly seen = new Set<string>();
  private readonly known = new Set<string>();
  private readonly unclassified = new Map<string, SeenError>();

  /** Records an error; `known` is undefined when it is not yet known whether selfheal knows it. */
  observe(error: SeenError, known?: boolean): void {
    const key = errorKey(error);
    this.seen.add(key);
    if (known === true) {
      this.known.add(key);
      this.unclassified.delete(key);
    } else if (known === false) {
      this.unclassified.delete(key);
    } else if (!this.known.has(key)) {
      this.unclassified.set(key, error);
    }
  }

  /** Errors observed without an answer yet, taken out of the queue. */
  takeUnclassified(limit: number): SeenError[] {
    const taken: SeenError[] = [];
    for (const [key, error] of this.unclassified) {
      if (taken.length >= limit) break;
      this.unclassified.delete(key);
      taken.push(error);
    }
    return taken;
  }

  get seenCount(): number {
    return this.seen.size;
  }

  get knownCount(): number {
    return this.known.size;
  }
}

export interface StatusView {
  text: string;
  tooltip: string;
}

export function statusView(server: ServerState, errors: SessionErrors, sync: SyncState): StatusView {
  const icon = {
    starting: '$(loading~spin)',
    running: '$(pulse)',
    stopped: '$(debug-disconnect)',
    missing: '$(warning)',
    failed: '$(error)',
  }[server];
  const counts = server === 'running' ? ` ${errors.knownCount}/${errors.seenCount}` : '';
  const syncing = sync.kind === 'syncing' ? ' $(sync~spin)' : '';
  return {
    text: `${icon} selfheal${counts}${syncing}`,
    tooltip: [
      `selfheal server: ${serverStateText(server)}`,
      `errors this session: ${errors.seenCount} seen, ${errors.knownCount} known to selfheal`,
      `team sync: ${syncText(sync)}`,
      'Click for the stats.',
    ].join('\n'),
  };
}

export function serverStateText(server: ServerState): string {
  return {
    starting: 'starting',
    running: 'running',
    stopped: 'stopped',
    missing: 'not found (see selfheal.server.path)',
    failed: 'failed to start (Output → selfheal)',
  }[server];
}

export function syncText(sync: SyncState): string {
  switch (sync.kind) {
    case 'unavailable':
      return 'not available in this selfheal';
    case 'not-configured':
      return 'not configured';
    case 'idle':
      return 'configured, not synced yet';
    case 'syncing':
      return 'syncing…';
    case 'synced':
      return `synced at ${sync.at.toLocaleTimeString()}`;
    case 'failed':
      return `failed: ${sync.message}`;
  }
}

/** The answer of `selfheal.stats` (the server's `Stats`, snake_case). */
export interface Stats {
  errors_seen?: number;
  distinct_errors?: number;
  top_recurring?: { message?: string; pattern_id?: string | null; count?: number }[];
  fixes_applied?: number;
  fixes_undone?: number;
  outcomes?: number;
  successes?: number;
  failures?: number;
  reverts?: number;
  success_rate?: number | null;
  patterns_learned?: number;
  team?: TeamStatus;
}

/** The server's view of team sync (`selfheal.stats`'s `team`). */
export interface TeamStatus {
  configured?: boolean;
  not_configured?: string | null;
  project?: string | null;
  outbox?: { pending?: number; set_aside?: number } | null;
  breaker?: { state?: string; retry_in_seconds?: number } | null;
  similarity?: string | null;
}

/** Lines of the stats page about team sync. */
export function teamMarkdown(team: TeamStatus | undefined): string[] {
  if (team === undefined) return [];
  if (!team.configured) return ['', '## Team memory', '', team.not_configured ?? 'not configured'];
  const breaker = team.breaker?.state === 'open'
    ? `open — the store kept failing; calls resume in ${team.breaker.retry_in_seconds ?? 0} s`
    : team.breaker?.state === 'half-open'
      ? 'half-open — one trial call allowed'
      : 'closed — the store answers';
  return [
    '',
    '## Team memory',
    '',
    '| | |',
    '|---|---|',
    `| project | ${team.project ?? ''} |`,
    `| queued for the team | ${team.outbox?.pending ?? 0} (${team.outbox?.set_aside ?? 0} set aside) |`,
    `| circuit breaker | ${breaker} |`,
    `| similar errors across the team | ${team.similarity ?? ''} |`,
  ];
}

export function statsMarkdown(stats: Stats, errors: SessionErrors): string {
  const rate =
    stats.success_rate === null || stats.success_rate === undefined
      ? 'no outcomes yet'
      : `${Math.round(stats.success_rate * 100)}%`;
  const lines = [
    '# selfheal stats',
    '',
    `This session: ${errors.seenCount} errors seen, ${errors.knownCount} known to selfheal.`,
    '',
    '| | |',
    '|---|---|',
    `| errors seen (all time) | ${stats.errors_seen ?? 0} |`,
    `| distinct errors | ${stats.distinct_errors ?? 0} |`,
    `| fixes applied | ${stats.fixes_applied ?? 0} (${stats.fixes_undone ?? 0} undone) |`,
    `| outcomes | ${stats.outcomes ?? 0}: ${stats.successes ?? 0} worked, ${stats.failures ?? 0} did not, ${stats.reverts ?? 0} reverted |`,
    `| success rate | ${rate} |`,
    `| fixes learned | ${stats.patterns_learned ?? 0} |`,
  ];
  lines.push(...teamMarkdown(stats.team));
  const top = stats.top_recurring ?? [];
  if (top.length > 0) {
    lines.push('', '## Recurring errors', '');
    for (const error of top) {
      const pattern = error.pattern_id ? ` (\`${error.pattern_id}\`)` : '';
      lines.push(`- ${error.count ?? 0}× ${error.message ?? ''}${pattern}`);
    }
  }
  return lines.join('\n') + '\n';
}
