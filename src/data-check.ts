/**
 * npm run data:check [-- --data <dir>] [--today YYYY-MM-DD]
 * Lists what in data/ needs refreshing. Exits 1 only when the data is invalid.
 */
import { checkData, formatReport } from './core/knowledge/data-check.js';
import { KnowledgeBaseError, loadKnowledgeBase } from './core/knowledge/load.js';
import { DATA_DIR } from './paths.js';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const today = option('--today') ? new Date(`${option('--today')}T00:00:00Z`) : new Date();
try {
  const kb = loadKnowledgeBase(option('--data') ?? DATA_DIR);
  process.stdout.write(`${formatReport(checkData(kb, today), today)}\n`);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  process.stderr.write(`Invalid data: ${error.message}\n`);
  process.exitCode = 1;
}
