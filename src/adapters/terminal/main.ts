/**
 * `npm run advisor -- <command>` runs one command and prints the reply;
 * `npm run advisor` alone starts an interactive session. Both use the same
 * store as the bot (DATABASE_URL, default ./var/advisor.db). Exit 0 for an
 * answer, 2 when the input was not understood (the helpful reply is still printed).
 */
import 'dotenv/config';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Asker } from '../../core/conversations/effects.js';
import { loadKnowledgeBase } from '../../core/knowledge/load.js';
import { TeamAdvisor } from '../../core/team-advisor.js';
import { ConfigError, readConfig } from '../../config.js';
import { DATA_DIR } from '../../paths.js';
import { openStore } from '../../store/open-store.js';
import { ChartFile } from './chart-file.js';
import { parseCliArgs } from './cli-args.js';
import { printers } from './formats.js';
import { runSession } from './session.js';
import { TerminalChat } from './terminal-chat.js';

const EXIT_NOT_UNDERSTOOD = 2;

function localAsker(): Asker {
  const name = (process.env.USER ?? userInfo().username ?? 'you').replace(/[^\w.-]/g, '').slice(0, 40) || 'you';
  return { tenant: 'terminal:local', channel: 'terminal', user: { id: name, name } };
}

async function main(argv: string[]): Promise<number> {
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const formats = printers(colour, Math.min(process.stdout.columns ?? 100, 110));
  const parsed = parseCliArgs(argv, Object.keys(formats));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return EXIT_NOT_UNDERSTOOD;
  }
  const config = readConfig(process.env);
  const store = await openStore(config.DATABASE_URL);
  try {
    const advisor = new TeamAdvisor(loadKnowledgeBase(DATA_DIR), { store, flowTtlMs: config.FLOW_TTL_HOURS * 3_600_000, commandsPerMinute: config.RATE_LIMIT_PER_MINUTE });
    const write = (text: string) => void process.stdout.write(text);
    const oneShot = parsed.args.text !== '';
    // `npm run` moves to the package root; INIT_CWD is where the user typed the command.
    const chart = parsed.args.chart ? new ChartFile(resolve(process.env.INIT_CWD ?? process.cwd(), parsed.args.chart)) : undefined;
    const print = formats[parsed.args.format]!;
    const chat = new TerminalChat(advisor, localAsker(), chart ? chart.alongside(print) : print, write, !oneShot);
    if (!oneShot) {
      await runSession(chat, process.stdin, write);
      return 0;
    }
    await chat.send({ type: 'text', text: parsed.args.text });
    chart?.write((text) => void process.stderr.write(text));
    return chat.understood ? 0 : EXIT_NOT_UNDERSTOOD;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `Framework Advisor failed: ${(error as Error).message}`}\n`);
    process.exitCode = 1;
  },
);
