/**
 * A benchmark part in a child process of its own (TypeScript through tsx),
 * talking over IPC: measurements taken there do not share a heap or an event
 * loop with the benchmark that drives them.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child {
  process: ChildProcess;
  /** The next message from the child, or a rejection if it exits first or takes longer than `timeoutMs`. */
  next<T>(timeoutMs?: number): Promise<T>;
  /** Asks a question and waits for the answer. */
  ask<T>(message: unknown, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts `file` (a path relative to bench/, .ts) through tsx, or, given the
 * compiled bench directory (compiled.ts), its compiled .js on plain node.
 */
export function startChild(file: string, args: string[] = [], nodeFlags: string[] = [], compiledDir?: string): Child {
  const path = compiledDir ? `${compiledDir}${file.replace(/^\.\//, '').replace(/\.ts$/, '.js')}` : fileURLToPath(new URL(file, import.meta.url));
  const child = fork(path, args, { execArgv: [...(compiledDir ? [] : ['--import', 'tsx']), ...nodeFlags], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = <T>(timeoutMs = 60_000) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => finish(() => reject(new Error(`${file} did not answer within ${timeoutMs} ms`))), timeoutMs);
      const onMessage = (message: T) => finish(() => resolve(message));
      const onExit = (code: number | null) => finish(() => reject(new Error(`${file} exited with ${code}`)));
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        settle();
      };
      child.once('message', onMessage);
      child.once('exit', onExit);
    });
  return {
    process: child,
    next,
    ask: <T>(message: unknown, timeoutMs?: number) => {
      const answer = next<T>(timeoutMs);
      child.send(message as never);
      return answer;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      // A child that does not stop on disconnect within 10 s is killed: the benchmark must end.
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
