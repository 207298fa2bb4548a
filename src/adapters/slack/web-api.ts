/**
 * How the bot calls Slack's Web API. The client's default policy retries for
 * about 30 minutes and sleeps through any Retry-After, which would hold a
 * handler (and its user) for that long. Here failures are retried briefly,
 * and a rate limit is waited out only when Slack asks for a short pause.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';

/** 5xx answers and network errors: three attempts within a few seconds. */
export const WEB_API_RETRIES = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1_000, maxRetryTime: 5_000, randomize: true } as const;

/** Longest Retry-After we wait out; longer limits fail at once and are logged. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 10;
const RATE_LIMIT_ATTEMPTS = 3;
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * fetch with a deadline. The Web API client sets its own, but Bolt answers
 * through response_url, and the client uploads files, with this same fetch
 * and no deadline at all (undici would wait 5 minutes for an answer).
 */
export function boundedFetch(timeoutMs: number): webApi.FetchFunction {
  return (url, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
}

export function webClientOptions(slackApiUrl: string | undefined): webApi.WebClientOptions {
  return {
    // The client joins `${slackApiUrl}${method}`: the base must end with a slash.
    ...(slackApiUrl ? { slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/` } : {}),
    retryConfig: { ...WEB_API_RETRIES },
    timeout: REQUEST_TIMEOUT_MS,
    fetch: boundedFetch(REQUEST_TIMEOUT_MS),
    rejectRateLimitedCalls: true,
  };
}

function retryAfterSeconds(error: unknown): number | undefined {
  return error instanceof webApi.WebAPIRateLimitedError ? error.retryAfter : undefined;
}

/** Runs a Web API call, waiting out short rate limits (Retry-After up to MAX_RATE_LIMIT_WAIT_SECONDS). */
export async function withRateLimitWait<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const wait = retryAfterSeconds(error);
      if (wait === undefined || wait > MAX_RATE_LIMIT_WAIT_SECONDS || attempt >= RATE_LIMIT_ATTEMPTS) throw error;
      await sleep(wait * 1000);
    }
  }
}
