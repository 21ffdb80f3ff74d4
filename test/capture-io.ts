/** A CLI I/O whose standard output and error are collected as strings, for in-process command tests. */
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../src/cli/io.js';

/** What a command wrote, with its exit code. */
export interface CommandResult {
  code: number;
  out: string;
  err: string;
}

/** Run a command (anything taking arguments and an I/O) with `stdin` as its input and collect its output. */
export async function runCaptured(command: (args: string[], io: CliIo) => Promise<number>, args: string[], stdin = ''): Promise<CommandResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await command(args, { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]), isTty: false });
  return { code, out, err };
}
