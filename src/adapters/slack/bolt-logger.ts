/**
 * Bolt and its Web API client log through our pino logger, so their lines get
 * the same redaction, level and JSON shape as ours. Bolt's interface takes
 * loose arguments (strings and errors); they become one message plus `err`.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

type Level = 'debug' | 'info' | 'warn' | 'error';

const BOLT_LEVEL: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

function write(logger: Logger, level: Level, parts: unknown[]): void {
  const err = parts.find((p): p is Error => p instanceof Error);
  const message = parts
    .filter((p) => p !== err)
    .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
    .join(' ');
  if (err) logger[level]({ err }, message || err.message);
  else logger[level](message);
}

export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'bolt' });
  return {
    debug: (...parts: unknown[]) => write(child, 'debug', parts),
    info: (...parts: unknown[]) => write(child, 'info', parts),
    warn: (...parts: unknown[]) => write(child, 'warn', parts),
    error: (...parts: unknown[]) => write(child, 'error', parts),
    // The level is ours (LOG_LEVEL): Bolt asking to change it is ignored.
    setLevel: () => undefined,
    getLevel: () => BOLT_LEVEL[logger.level] ?? LogLevel.INFO,
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}
