/** The streams and environment a CLI command works with, injected so commands are testable in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** True when stdout is a terminal (progress bars, colours). */
  isTty: boolean;
}

/** A CLI command: takes its own arguments and returns an exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Documented exit codes (docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** Some records of a batch could not be analyzed (each reported on stderr). */
  partial: 1,
  /** A wrong option, a missing argument. */
  usage: 2,
  /** Input that could not be read or decoded at all. */
  input: 3,
  /** The store or queue could not be opened or used. */
  store: 4,
  /** A bug: please report it. */
  internal: 70,
} as const;

/** An error a command reports as one clear line with a stable exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = 'CliError';
  }
}

/** Read all of standard input as bytes. */
export async function readStdin(io: CliIo): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
