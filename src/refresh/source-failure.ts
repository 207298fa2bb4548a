/**
 * Why a source could not be read, as a code the summary turns into one clear
 * line. Classified by `code`, never by message text.
 */
export type FailureCode = 'rate-limited' | 'server-error' | 'http-error' | 'timeout' | 'network' | 'malformed' | 'not-found';

export class SourceFailure extends Error {
  override name = 'SourceFailure';
  constructor(
    readonly code: FailureCode,
    /** Said to a maintainer: what happened, without internals or secrets. */
    readonly reason: string,
  ) {
    super(reason);
  }
}
