/** `npm run data:refresh`: options in, summary out, exit status as --help describes. */
import { writeFileSync } from 'node:fs';
import { DATA_DIR } from '../paths.js';
import { refreshConfigFrom, RefreshConfigError } from './config.js';
import { helpText, parseCommandLine, UsageError } from './options.js';
import { UnknownFrameworkError } from './planner.js';
import { refresh } from './refresh.js';
import { formatSummary } from './summary.js';

async function main(argv: string[]): Promise<number> {
  let commandLine;
  let config;
  try {
    commandLine = parseCommandLine(argv);
    if (commandLine.help) {
      process.stdout.write(helpText());
      return 0;
    }
    config = refreshConfigFrom(process.env);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RefreshConfigError) {
      process.stderr.write(`data:refresh: ${error.message}\n(npm run data:refresh -- --help lists the options)\n`);
      return 2;
    }
    throw error;
  }
  try {
    const { dataDir = DATA_DIR, summaryFile, help: _help, ...rest } = commandLine;
    const report = await refresh({ ...rest, dataDir }, config);
    const summary = formatSummary(report);
    process.stdout.write(summary);
    if (summaryFile) writeFileSync(summaryFile, summary);
    return report.exitCode;
  } catch (error) {
    if (error instanceof UnknownFrameworkError) {
      process.stderr.write(`data:refresh: ${error.message}\n`);
      return 2;
    }
    // The knowledge base did not load before the refresh: say which file and field, as the loader does.
    process.stderr.write(`data:refresh: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
