import { Command, CommanderError } from 'commander';
import { registerAlign } from './align-command.js';
import { registerAnchor } from './anchor-command.js';
import { registerCheck } from './check-command.js';
import { registerClaim } from './claim-command.js';
import { registerContradictions } from './contradictions-command.js';
import { registerDraft } from './draft-command.js';
import { registerExport } from './export-command.js';
import { registerGenerate } from './generate-command.js';
import { registerImport } from './import-command.js';
import { registerIndex } from './index-command.js';
import { CliExit, EXIT, printError, setColorRefused } from './io.js';
import { registerQuotes } from './quotes-command.js';
import { registerReport } from './report-command.js';
import { registerStats } from './stats-command.js';
import { terminalText } from './terminal-text.js';

/** Builds the `claimtrail` command line program. */
export function buildProgram(): Command {
  const program = new Command('claimtrail')
    .description('Who said what, where and when, and whether the sources agree.')
    .version('0.1.0')
    .option('--no-color', 'print without colours (as NO_COLOR=1 does)')
    .showHelpAfterError()
    .exitOverride();
  registerCheck(program);
  registerStats(program);
  registerQuotes(program);
  registerContradictions(program);
  registerAlign(program);
  registerClaim(program);
  registerReport(program);
  registerExport(program);
  registerImport(program);
  registerGenerate(program);
  registerIndex(program);
  registerAnchor(program);
  registerDraft(program);
  return program;
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  // Commands report through process.exitCode; a previous run in this process must not leak into this one.
  process.exitCode = undefined;
  setColorRefused(argv.includes('--no-color'));
  try {
    await buildProgram().parseAsync(argv as string[], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.unreadable;
    if (error instanceof CliExit) {
      printError(`claimtrail: ${terminalText(error.message)}`);
      return error.exitCode;
    }
    printError(
      `claimtrail: unexpected failure: ${terminalText((error as Error).message)}\nPlease report this with the command you ran.\n`,
    );
    return EXIT.unreadable;
  }
}
