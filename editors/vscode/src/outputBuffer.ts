// What a terminal command printed, kept within a bound: the first `headCharacters` and the last
// `tailCharacters` (compilers print the first errors first, test runners their summary last), with
// a marker where the middle was dropped. Pure, so that it is unit-tested.

export const DEFAULT_HEAD_CHARACTERS = 768 * 1024;
export const DEFAULT_TAIL_CHARACTERS = 256 * 1024;

export class OutputBuffer {
  private head = '';
  private tail: string[] = [];
  private tailLength = 0;
  private dropped = 0;

  constructor(
    private readonly headCharacters = DEFAULT_HEAD_CHARACTERS,
    private readonly tailCharacters = DEFAULT_TAIL_CHARACTERS,
  ) {}

  append(chunk: string): void {
    if (chunk === '') return;
    if (this.head.length < this.headCharacters) {
      const room = this.headCharacters - this.head.length;
      this.head += chunk.slice(0, room);
      chunk = chunk.slice(room);
      if (chunk === '') return;
    }
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    while (this.tailLength > this.tailCharacters && this.tail.length > 0) {
      const excess = this.tailLength - this.tailCharacters;
      const first = this.tail[0];
      if (first.length <= excess) {
        this.tail.shift();
        this.tailLength -= first.length;
        this.dropped += first.length;
      } else {
        this.tail[0] = first.slice(excess);
        this.tailLength -= excess;
        this.dropped += excess;
      }
    }
  }

  /** Some of the output was dropped. */
  get truncated(): boolean {
    return this.dropped > 0;
  }

  /** The kept output; the dropped middle replaced by a line saying how much went. */
  text(): string {
    const tail = this.tail.join('');
    if (this.dropped === 0) return this.head + tail;
    // Cut at line ends so that no record is split into a misleading half.
    const head = upToLastNewline(this.head);
    const rest = fromFirstNewline(tail);
    return `${head}\n[… ${this.dropped} characters of output not kept …]\n${rest}`;
  }
}

function upToLastNewline(text: string): string {
  const end = text.lastIndexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function fromFirstNewline(text: string): string {
  const start = text.indexOf('\n');
  return start === -1 ? text : text.slice(start + 1);
}

/** `selfheal/didCaptureOutput`'s parameters (src/lsp/lsp_ext.rs `CaptureOutputParams`). */
export interface CaptureOutputParams {
  origin: 'terminal' | 'task' | 'job';
  cwd: string | null;
  commandLine: string;
  exitCode: number | null;
  output: string;
  truncated: boolean;
}

/**
 * The notification for a finished terminal command, or `undefined` for an empty command line
 * (an Enter at the prompt). Clean runs are sent too, even silent ones: a run replaces what the
 * last run of the same command line published, so a fixed script's clean run clears its errors.
 */
export function terminalCaptureParams(
  commandLine: string,
  cwd: string | undefined,
  exitCode: number | undefined,
  buffer: OutputBuffer,
): CaptureOutputParams | undefined {
  const command = commandLine.trim();
  if (command === '') return undefined;
  const output = buffer.text();
  return {
    origin: 'terminal',
    cwd: cwd ?? null,
    commandLine: command,
    exitCode: exitCode ?? null,
    output,
    truncated: buffer.truncated,
  };
}
