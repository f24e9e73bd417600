// Where the `selfheal` binary is: the `selfheal.server.path` setting, else `selfheal` on PATH,
// else cargo's install directory. Pure (file checks are passed in) so that it is unit-tested.

import * as path from 'path';

export interface PathLookup {
  /** The PATH variable. */
  envPath: string | undefined;
  home: string;
  /** Whether an executable file exists there. */
  isExecutable: (file: string) => boolean;
  platform: NodeJS.Platform;
}

export type ServerPath =
  | { found: true; path: string }
  | { found: false; tried: string[]; fromSetting: boolean };

/** The binary to start, or where we looked for it. */
export function resolveServerPath(setting: string, lookup: PathLookup): ServerPath {
  const configured = setting.trim();
  if (configured !== '') {
    const expanded = expandHome(configured, lookup.home);
    return lookup.isExecutable(expanded)
      ? { found: true, path: expanded }
      : { found: false, tried: [expanded], fromSetting: true };
  }
  const name = lookup.platform === 'win32' ? 'selfheal.exe' : 'selfheal';
  const separator = lookup.platform === 'win32' ? ';' : ':';
  const candidates = (lookup.envPath ?? '')
    .split(separator)
    .filter((directory) => directory !== '')
    .map((directory) => path.join(directory, name));
  candidates.push(path.join(lookup.home, '.cargo', 'bin', name));
  const found = candidates.find((candidate) => lookup.isExecutable(candidate));
  return found !== undefined
    ? { found: true, path: found }
    : { found: false, tried: [...new Set(candidates)], fromSetting: false };
}

/** What to tell someone whose selfheal could not be found. */
export function missingServerMessage(result: Extract<ServerPath, { found: false }>): string {
  const where = result.fromSetting
    ? `\`selfheal.server.path\` is set to ${result.tried[0]}, which is not an executable file.`
    : 'The `selfheal` binary is not on PATH (nor in ~/.cargo/bin).';
  return (
    `selfheal: the language server could not be started. ${where} ` +
    'Install it from a clone of the selfheal repository with ' +
    '`cargo install --locked --path .`, or set `selfheal.server.path` to the binary ' +
    '(for example target/release/selfheal), then run "selfheal: Restart Server".'
  );
}

function expandHome(file: string, home: string): string {
  if (file === '~') return home;
  if (file.startsWith('~/')) return path.join(home, file.slice(2));
  return file;
}

/** Whether `selfheal --help` lists `command` among its subcommands (clap's help layout). */
export function helpListsCommand(help: string, command: string): boolean {
  return help.split('\n').some((line) => new RegExp(`^\\s{2,}${command}(\\s|$)`).test(line));
}
