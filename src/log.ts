/**
 * Adapters (git, docker, registry) log through this interface; pure modules never log.
 * The action backs it with @actions/core, the CLI with stderr.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /** Registers a secret so it is redacted from everything logged afterwards. */
  mask(secret: string): void;
}

/** Collects secrets and redacts them; shared by every Logger implementation. */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    // One- or two-character "secrets" would shred every log line; nothing real is that short.
    if (secret.length >= 3) this.secrets.add(secret);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}

/** CLI logger: everything goes to stderr so stdout stays machine-readable. */
export class StderrLogger implements Logger {
  private readonly redactor = new Redactor();
  constructor(
    private readonly verbose = false,
    private readonly write: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  ) {}
  debug(message: string): void {
    if (this.verbose) this.write(this.redactor.redact(`debug: ${message}`));
  }
  info(message: string): void {
    this.write(this.redactor.redact(message));
  }
  warning(message: string): void {
    this.write(this.redactor.redact(`warning: ${message}`));
  }
  mask(secret: string): void {
    this.redactor.add(secret);
  }
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  mask: () => undefined,
};
