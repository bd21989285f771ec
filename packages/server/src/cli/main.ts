import { commands } from './commands.js';
import { UsageError, parseCommandArgs, type CliIo } from './io.js';

/**
 * The top-level help.
 * @returns the usage text listing every command
 * @example console.log(usage());
 */
export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: markt <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "markt <command> --help" for the options of a command.',
  ].join('\n');
}

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/**
 * Runs the `markt` command line.
 * @param argv the arguments after `markt`
 * @param io output and environment (default: the process's)
 * @returns the exit code: 0 done, 1 failed, 2 usage error (unknown command or option)
 * @example process.exitCode = await main(['purge']);
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`markt: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.out(command.help);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`markt ${command.name}: ${error.message}.\nRun "markt ${command.name} --help" for the options.`);
      return 2;
    }
    io.err(`markt ${command.name}: ${(error as Error).message}`);
    return 1;
  }
}
