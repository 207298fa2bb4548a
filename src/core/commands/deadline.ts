/**
 * A vote's deadline as people say it: "closes in 2d", "in 3 days", "12h",
 * "for 90 minutes", "closes friday". Read without a clock (the parser has
 * none); the vote turns it into a time when it opens.
 */
export type Deadline = { kind: 'in'; ms: number } | { kind: 'weekday'; day: number };

export const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** A vote left open longer than this is forgotten rather than decided. */
export const MAX_DEADLINE_DAYS = 30;

const UNITS: ReadonlyArray<[RegExp, number, string]> = [
  [/^(m|mins?|minutes?)$/, MINUTE_MS, 'minute'],
  [/^(h|hrs?|hours?)$/, HOUR_MS, 'hour'],
  [/^(d|days?)$/, DAY_MS, 'day'],
  [/^(w|wks?|weeks?)$/, 7 * DAY_MS, 'week'],
];
const WORD_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, fourteen: 14 };
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Words that introduce or pad a deadline: "closes in", "ends on", "deadline". */
export const DEADLINE_KEYWORDS = new Set(['closes', 'close', 'closing', 'ends', 'end', 'deadline', 'due']);
const FILLERS = new Set(['in', 'after', 'for', 'on', 'by', 'until', 'till', 'next', 'this']);

export type DeadlineReading = { ok: true; deadline: Deadline } | { ok: false; message: string };

const HOW = 'Say it like "closes in 2d", "closes in 12h", "closes in 3 days" or "closes friday".';

function weekday(word: string): number | undefined {
  const at = WEEKDAYS.findIndex((d) => word.length >= 3 && d.startsWith(word));
  return at < 0 ? undefined : at;
}

/** "2d", "-1h", "1.5days" as amount and unit; undefined when the word is no duration. */
function glued(word: string): { amount: number; unit: string } | undefined {
  const m = /^([+-]?\d+(?:\.\d+)?)([a-z]+)$/.exec(word);
  return m ? { amount: Number(m[1]), unit: m[2]! } : undefined;
}

/** Whether a word begins a deadline on its own: a keyword ("closes"), a number ("2d", "3"), or a weekday ("friday", "fri"). */
export function startsDeadline(word: string): boolean {
  return DEADLINE_KEYWORDS.has(word) || /^[+-]?\d/.test(word) || WEEKDAYS.some((d) => d === word || d.slice(0, 3) === word);
}

/** A filler such as "in" or "until" begins a deadline when a number or weekday follows ("in 2 days", "until friday", "in a day"). */
export function fillerStartsDeadline(word: string, next: string | undefined): boolean {
  return FILLERS.has(word) && next !== undefined && (startsDeadline(next) || Object.hasOwn(WORD_NUMBERS, next));
}

/** Whether a word can be part of a deadline, so the vote command knows where one ends. */
export function deadlineWord(word: string): boolean {
  return DEADLINE_KEYWORDS.has(word) || FILLERS.has(word) || /^[+-]?\d+(\.\d+)?[a-z]*$/.test(word) || UNITS.some(([re]) => re.test(word)) || Object.hasOwn(WORD_NUMBERS, word) || weekday(word) !== undefined;
}

/** Reads the words of a deadline (keywords and fillers allowed); friendly when it is zero, negative, too far or nonsense. */
export function readDeadline(words: readonly string[]): DeadlineReading {
  const said = words.join(' ');
  const ws = words.filter((w) => !DEADLINE_KEYWORDS.has(w) && !FILLERS.has(w));
  const nonsense: DeadlineReading = { ok: false, message: `I didn't understand the deadline "${said.slice(0, 40)}". ${HOW}` };
  if (ws.length === 1 && weekday(ws[0]!) !== undefined) return { ok: true, deadline: { kind: 'weekday', day: weekday(ws[0]!)! } };
  let amount: number | undefined;
  let unit: string | undefined;
  if (ws.length === 1) ({ amount, unit } = glued(ws[0]!) ?? {});
  else if (ws.length === 2) {
    amount = /^[+-]?\d+(\.\d+)?$/.test(ws[0]!) ? Number(ws[0]) : Object.hasOwn(WORD_NUMBERS, ws[0]!) ? WORD_NUMBERS[ws[0]!] : undefined;
    unit = ws[1];
  }
  const found = unit === undefined ? undefined : UNITS.find(([re]) => re.test(unit!));
  if (amount === undefined || !Number.isFinite(amount) || !found) return nonsense;
  if (amount <= 0) return { ok: false, message: `A deadline has to be later than now; "${said.slice(0, 40)}" is not. ${HOW}` };
  const ms = Math.round(amount * found[1]);
  if (ms < MINUTE_MS) return { ok: false, message: `A vote needs at least a minute. ${HOW}` };
  if (ms > MAX_DEADLINE_DAYS * DAY_MS) return { ok: false, message: `A vote can stay open for at most ${MAX_DEADLINE_DAYS} days; "${said.slice(0, 40)}" is longer.` };
  return { ok: true, deadline: { kind: 'in', ms } };
}

/**
 * When a vote opening at `now` closes. A weekday means the end of that day in
 * UTC (the core knows no one's time zone, so the card names UTC): today's if
 * it is that day, else the next one.
 */
export function closesAtOf(deadline: Deadline, now: number): number {
  if (deadline.kind === 'in') return now + deadline.ms;
  const today = new Date(now);
  const ahead = (deadline.day - today.getUTCDay() + 7) % 7;
  const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 23, 59);
  const end = endOfToday + ahead * DAY_MS;
  return end > now ? end : end + 7 * DAY_MS;
}

/** "2025-03-07 23:59 UTC": a fixed time, since a card is read long after it is posted. */
export function utcTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
