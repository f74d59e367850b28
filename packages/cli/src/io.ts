/** Where a command writes: standard output and standard error, one line at a time. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes of every `lds` command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Bad arguments, configuration or input: reported as one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
