/**
 * `npm run advisor -- <command>` runs one command and prints the reply;
 * `npm run advisor` alone starts an interactive session. Both use the same
 * store as the bot (DATABASE_URL, default ./var/advisor.db). Exit 0 for an
 * answer, 2 when the input was not understood or asked for what is not there
 * (the helpful reply is still printed).
 */
import 'dotenv/config';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Announcement, Asker } from '../../core/index.js';
import { ConfigError, readConfig } from '../../config.js';
import { dueJobs } from '../../schedule/due-jobs.js';
import { buildService } from '../../service.js';
import { ChartFile } from './chart-file.js';
import { cliUsage, parseCliArgs } from './cli-args.js';
import { printers } from '../../formats.js';
import { OneShotDisplay } from './one-shot.js';
import { runSession } from './session.js';
import { sessionDisplay, TerminalChat } from './replies.js';

const EXIT_NOT_UNDERSTOOD = 2;

function localAsker(): Asker {
  const name = (process.env.USER ?? userInfo().username ?? 'you').replace(/[^\w.-]/g, '').slice(0, 40) || 'you';
  return { tenant: 'terminal:local', channel: 'terminal', user: { id: name, name } };
}

/** `npm run` moves to the package root; INIT_CWD is where the user typed the command. */
const fromWhereTyped = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

async function main(argv: string[]): Promise<number> {
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const formats = printers(colour, Math.min(process.stdout.columns ?? 100, 110));
  const parsed = parseCliArgs(argv, Object.keys(formats));
  const out = (text: string) => void process.stdout.write(text);
  const err = (text: string) => void process.stderr.write(text);
  if (!parsed.ok) {
    err(`${parsed.message}\n`);
    return EXIT_NOT_UNDERSTOOD;
  }
  const { args } = parsed;
  if (args.help) {
    out(cliUsage(Object.keys(formats)));
    return 0;
  }
  const service = await buildService(readConfig(process.env));
  try {
    const advisor = service.advisorFor('terminal');
    const print = formats[args.format]!;
    const asker = localAsker();
    const reaches = (tenant: string) => tenant === asker.tenant;
    // No service posts for the terminal, so its votes whose deadline passed close here, before anything reads the history.
    const closeDueVotes = () => service.dueWork.closeDueVotes(Date.now(), { reaches });
    if (args.text === '') {
      // A session hears all the service's due work (revisit alerts too), each job in turn.
      const due = async () => {
        const said: Announcement[] = [];
        for (const job of dueJobs(service.dueWork)) said.push(...(await job.run(Date.now(), reaches)));
        return said;
      };
      await runSession(new TerminalChat(advisor, asker, sessionDisplay(print, out), true), process.stdin, out, due);
      return 0;
    }
    // One command: standard output is only its answer (it may be a file's content), so a vote that closed goes to stderr.
    for (const closed of await closeDueVotes()) err(`A vote closed at its deadline:\n${formats.text!(closed.reply)}\n`);
    const chart = args.chart ? new ChartFile(fromWhereTyped(args.chart)) : undefined;
    const display = new OneShotDisplay({ print: chart ? chart.alongside(print) : print, forPeople: args.format === 'text', terminal: process.stdout.isTTY === true, out, err, ...(args.output ? { documentPath: fromWhereTyped(args.output) + (/[\\/]$/.test(args.output) ? '/' : '') } : {}) });
    const chat = new TerminalChat(advisor, asker, display.show, false);
    await chat.send({ type: 'text', text: args.text });
    chart?.write(err);
    if (args.output && !display.wroteDocument && chat.understood) err(`Nothing was written to ${args.output}: only history export and radar export produce a document.\n`);
    return chat.understood ? 0 : EXIT_NOT_UNDERSTOOD;
  } finally {
    await service.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : `Framework Advisor failed: ${(error as Error).message}`}\n`);
    process.exitCode = 1;
  },
);
