/**
 * `npm run advisor` with no command: an interactive session that runs the
 * whole bot (guided flow, share, votes, history) in the terminal, with the
 * cards' buttons as numbered choices.
 */
import { createInterface } from 'node:readline';
import type { Announcement } from '../../core/index.js';
import type { TerminalChat } from './replies.js';
import { APOLOGY } from '../kit/apology.js';
import { readChoice } from '../kit/choices.js';
import { Delivery, type DeliveryLog } from '../kit/delivery.js';

const GREETING = [
  'Framework Advisor: choose a backend framework with your team.',
  'Type a command (compare django fastapi, recommend, info nestjs, top, list, history, weights, help),',
  'or a choice shown in [brackets]: its number, several numbers (1,3), its name, or a letter',
  '(d Done, s Skip, b Back, r Start over, k Keep). "quit" or Ctrl-D ends the session.',
  '',
].join('\n');

/**
 * `due` gives what the advisor has to say on its own here (votes closed at
 * their deadline, revisit alerts for this terminal's decisions): shown once
 * after the greeting, since a session is too short-lived for a daily check;
 * its buttons are the first choices.
 */
export async function runSession(chat: TerminalChat, input: NodeJS.ReadableStream, write: (text: string) => void, due?: () => Promise<Announcement[]>): Promise<void> {
  write(GREETING);
  await showDue(chat, due, write);
  const lines = createInterface({ input, terminal: false });
  const prompt = () => write('> ');
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === 'quit' || line === 'exit') break;
    if (line !== '') await handleLine(chat, line, write);
    prompt();
  }
  write('\nBye.\n');
}

async function showDue(chat: TerminalChat, due: (() => Promise<Announcement[]>) | undefined, write: (text: string) => void): Promise<void> {
  try {
    for (const announcement of (await due?.()) ?? []) chat.announce(announcement);
  } catch (error) {
    // A store that cannot be read now costs the alerts, not the session: they are still due next time.
    if (process.env.LOG_LEVEL === 'debug') write(`(could not check for due votes and revisit alerts: ${(error as Error).message})\n`);
  }
}

/** One person at one keyboard: nothing is delivered twice and nothing times out. */
const delivery = new Delivery();

const quiet = () => {};

/**
 * The session must outlive any one failure: the kit's runner apologises and
 * the session goes on. The error's own text is for whoever debugs it
 * (LOG_LEVEL=debug), never shown to the person as the answer.
 */
const sessionLog: DeliveryLog = {
  info: quiet,
  warn: quiet,
  debug: quiet,
  error: (fields) => {
    const { err } = fields as { err?: unknown };
    if (process.env.LOG_LEVEL === 'debug' && err !== undefined) process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  },
};

async function handleLine(chat: TerminalChat, line: string, write: (text: string) => void): Promise<void> {
  const choice = readChoice(line, chat.actions, chat.picked);
  if (choice.ok === false) {
    write(`${choice.message}\n`);
    return;
  }
  const input = choice.ok === true ? choice.input : ({ type: 'text', text: line } as const);
  await delivery.run({
    log: sessionLog,
    ask: () => chat.ask(input),
    carryOut: async (effects) => chat.carryOut(effects),
    apologise: async () => write(`${APOLOGY}\n`),
  });
}
