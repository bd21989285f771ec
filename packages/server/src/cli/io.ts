import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes, and its environment (tests pass their own). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

/** A usage error: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One `markt` command. */
export interface Command {
  name: string;
  summary: string;
  /** The full help text, shown by `markt <name> --help`. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Positional arguments allowed. */
  positionals?: number;
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, io: CliIo): Promise<number>;
}

/**
 * Parses a command's arguments strictly (unknown options are usage errors).
 * @param command the command
 * @param argv the arguments after the command's name
 * @returns the values and positionals
 * @throws UsageError with a message that says what to do
 * @example const { values } = parseCommandArgs(purge, ['--db', 'file:/tmp/m.db']);
 */
export function parseCommandArgs(command: Command, argv: string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (!values.help && positionals.length > (command.positionals ?? 0)) {
      throw new UsageError(`unexpected argument "${positionals[command.positionals ?? 0]}"`);
    }
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

/**
 * Requires a string option.
 * @param values the parsed options
 * @param name the option's name
 * @param example a value for the error message
 * @returns the value
 * @throws UsageError naming the option and an example
 * @example const eventId = required(values, 'event', 'pankow-2026');
 */
export function required(values: Record<string, string | boolean | undefined>, name: string, example: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required, e.g. --${name} ${example}`);
  return value;
}
