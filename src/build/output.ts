/**
 * What is shown of docker's output, and what is kept for an error message. Pure: the
 * builders feed it lines as exec delivers them.
 */

/** Lines of a build log kept for the error message when the build fails. */
export const TAIL_LINES = 20;

/**
 * Drops lines that say nothing about this build: docker's legacy-builder deprecation banner
 * (printed on every `docker build` without buildx; this run already says which builder it
 * uses) with its indented follow-up lines, and blank lines.
 */
export class BuildOutputFilter {
  private inBanner = false;

  /** True when `line` is worth showing and keeping. */
  accept(line: string): boolean {
    if (BANNER_START.test(line)) {
      this.inBanner = true;
      return false;
    }
    if (line.trim() === '') return false;
    if (this.inBanner && /^\s/.test(line)) return false;
    this.inBanner = false;
    return true;
  }
}

// "DEPRECATED: The legacy builder is deprecated and will be removed in a future release."
// followed by "Install the buildx component …" or "BuildKit is currently disabled …".
const BANNER_START = /^DEPRECATED: The legacy builder is deprecated\b/;

/** The last `size` lines pushed. */
export class LineTail {
  private readonly kept: string[] = [];
  constructor(private readonly size = TAIL_LINES) {}

  push(line: string): void {
    this.kept.push(line);
    if (this.kept.length > this.size) this.kept.shift();
  }

  lines(): string[] {
    return [...this.kept];
  }
}

/** A docker command that exited non-zero; the message ends with the last lines it printed. */
export class DockerCommandError extends Error {
  override readonly name = 'DockerCommandError';
  constructor(
    /** e.g. `docker build`, `docker push localhost:5000/acme/api:sha-abc1234`. */
    readonly command: string,
    readonly exitCode: number,
    /** The last lines of its output, banners and blank lines left out. */
    readonly tail: readonly string[],
  ) {
    super(
      `${command} exited with code ${exitCode}${tail.length > 0 ? `: ${tail.join('\n')}` : ''}`,
    );
  }
}

/** `12.3 s` under a minute, `4 min 05 s` above. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 59.95) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
