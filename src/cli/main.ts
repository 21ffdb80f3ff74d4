/** Entry point of the `whosaid` command line: dispatches to one command module. */
import { COMMANDS } from './commands.js';
import { CliError, EXIT, type CliIo } from './io.js';
import { ANALYZER_VERSION } from '../version.js';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `whosaid ${ANALYZER_VERSION}: who said what, about whom, when, on whose authority\n\nusage: whosaid <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun \`whosaid <command> --help\` for a command's options. Exit codes: docs/cli.md.\n`;
}

/** Run the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${ANALYZER_VERSION}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`whosaid: unknown command '${name}'\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`whosaid ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    const err = error as NodeJS.ErrnoException;
    if (err && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || err?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || err?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      io.stderr.write(`whosaid ${name}: ${err.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`whosaid ${name}: internal error: ${err?.message ?? String(error)}\nPlease report this with the input that caused it.\n`);
    return EXIT.internal;
  }
}

function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, isTty: Boolean(process.stdout.isTTY) };
}
