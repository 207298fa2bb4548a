/**
 * `npm run advisor -- <command>`: runs one command and prints the card.
 * Exit 0 for an answer, 2 when the input was not understood (the helpful
 * reply is still printed).
 */
import { Advisor } from '../../core/advisor.js';
import { loadKnowledgeBase } from '../../core/knowledge/load.js';
import { DATA_DIR } from '../../paths.js';
import { parseCliArgs } from './cli-args.js';
import { printers } from './formats.js';

const EXIT_NOT_UNDERSTOOD = 2;

function main(argv: string[]): number {
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const formats = printers(colour, Math.min(process.stdout.columns ?? 100, 110));
  const parsed = parseCliArgs(argv, Object.keys(formats));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return EXIT_NOT_UNDERSTOOD;
  }
  const advisor = new Advisor(loadKnowledgeBase(DATA_DIR));
  const reply = advisor.answer(parsed.args.text);
  process.stdout.write(formats[parsed.args.format]!(reply));
  return reply.understood ? 0 : EXIT_NOT_UNDERSTOOD;
}

process.exitCode = main(process.argv.slice(2));
