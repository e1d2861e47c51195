/**
 * The `unknot` command line: assess check-ins without a server.
 *
 *   unknot assess [file|-] [--text] [--at <instant>]
 *
 * Reads one CheckIn or a JSON array of them (stdin for `-` or no file), validates with the contract's
 * CheckInSchema and prints the Assessment(s) as JSON, or a readable plan with `--text`. Exit codes:
 * 0 done, 2 bad input or usage (with field paths), 1 an unexpected failure.
 */
import { readFile } from 'node:fs/promises';
import { assess } from '../domain/assess.ts';
import { formatAssessment } from './format-text.ts';
import { InputError, parseCheckIns } from './validate-input.ts';

/** Where the CLI reads and writes; the bin passes the process's streams. */
export interface CliIo {
  stdin: AsyncIterable<string | Uint8Array> & { isTTY?: boolean };
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** The current instant, used when a check-in leaves out `at`. */
  now: () => Date;
}

export const HELP = `Unknot: safe, explained home care for back spasm.

Usage:
  unknot assess [file|-] [--text] [--at <instant>]
  unknot --help | --version

Commands:
  assess    Triage a check-in and build today's home plan. Reads one CheckIn or a
            JSON array of them from <file>, or from standard input for "-" or no file.

Options:
  --text            Print a readable plan (warning signs first) instead of JSON.
  --at <instant>    The instant to use when a check-in has no "at" (default: now),
                    e.g. 2026-11-26T09:00:00Z.
  -h, --help        Show this help.
  -v, --version     Show the version.

Exit codes: 0 done; 2 invalid input or usage (each problem is listed with its field
path, e.g. "painScore" or "[1].log.ibuprofen[0].at"); 1 unexpected failure.

Example:
  echo '{"painScore":6,"area":"lower","onsetAt":"2026-11-25T09:00:00Z","age":40}' \\
    | unknot assess --text
`;

const VERSION = '0.1.0';

class UsageError extends Error {}

interface AssessArgs {
  file: string | null;
  text: boolean;
  at: Date | null;
}

function parseAssessArgs(args: readonly string[]): AssessArgs {
  const out: AssessArgs = { file: null, text: false, at: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--text') out.text = true;
    else if (arg === '--at' || arg.startsWith('--at=')) {
      const value = arg === '--at' ? args[++i] : arg.slice(5);
      const ms = value === undefined ? Number.NaN : Date.parse(value);
      if (value === undefined || Number.isNaN(ms)) throw new UsageError('--at needs an ISO 8601 instant.');
      out.at = new Date(ms);
    } else if (arg === '-' || !arg.startsWith('-')) {
      if (out.file !== null)
        throw new UsageError(`Only one input file, please (got "${out.file}" and "${arg}").`);
      out.file = arg;
    } else throw new UsageError(`Unknown option "${arg}".`);
  }
  return out;
}

async function readAll(stream: CliIo['stdin']): Promise<string> {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  chunks.push(decoder.decode());
  return chunks.join('');
}

async function readInput(file: string | null, io: CliIo): Promise<string> {
  if (file === null || file === '-') {
    if (io.stdin.isTTY) io.stderr.write('Reading check-in JSON from standard input (end with Ctrl-D)...\n');
    return readAll(io.stdin);
  }
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UsageError(code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${String(e)}`);
  }
}

async function runAssess(args: readonly string[], io: CliIo): Promise<number> {
  const opts = parseAssessArgs(args);
  const text = await readInput(opts.file, io);
  const { checkIns, isArray } = parseCheckIns(text, opts.at ?? io.now());
  const results = checkIns.map((c) => ({ checkIn: c, assessment: assess(c) }));
  if (opts.text) {
    io.stdout.write(
      results.map((r) => formatAssessment(r.checkIn, r.assessment)).join(`\n${'='.repeat(60)}\n\n`),
    );
  } else {
    const json = isArray ? results.map((r) => r.assessment) : results[0]?.assessment;
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }
  return 0;
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code.
 * @example process.exitCode = await run(process.argv.slice(2), { ...process streams, now: () => new Date() })
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'assess') {
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(HELP);
        return 0;
      }
      return await runAssess(rest, io);
    }
    throw new UsageError(command === undefined ? 'Missing a command.' : `Unknown command "${command}".`);
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`unknot: ${e.message}\n`);
      for (const issue of e.issues)
        io.stderr.write(`  ${issue.path === '' ? '(input)' : issue.path}: ${issue.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`unknot: ${e.message}\nRun "unknot --help" for usage.\n`);
      return 2;
    }
    io.stderr.write(
      `unknot: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return 1;
  }
}
