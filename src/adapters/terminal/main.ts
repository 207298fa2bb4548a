/**
 * `npm run advisor -- <command>`: runs one command and prints the card.
 * Exit 0 for an answer, 2 when the input was not understood (the helpful
 * reply is still printed).
 */
import { Advisor } from '../../core/advisor.js';
import { loadKnowledgeBase } from '../../core/knowledge/load.js';
import type { Reply } from '../../core/reply.js';
import { DATA_DIR } from '../../paths.js';
import { parseCliArgs } from './cli-args.js';
import { cardToText } from './render-text.js';

const EXIT_NOT_UNDERSTOOD = 2;

type Printer = (reply: Reply) => string;

function printers(): Record<string, Printer> {
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const width = Math.min(process.stdout.columns ?? 100, 110);
  return {
    text: (reply) => cardToText(reply.card, { colour, width }),
    json: (reply) => `${JSON.stringify(reply.data, null, 2)}\n`,
  };
}

function main(argv: string[]): number {
  const formats = printers();
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
