/**
 * Requests signed exactly as Slack signs them: `v0=` + hex HMAC-SHA256 of
 * `v0:<timestamp>:<raw body>` with the signing secret, in x-slack-signature
 * and x-slack-request-timestamp. Slash commands and interactivity are form
 * bodies sent as a string with content type `application/x-www-form-urlencoded`
 * and no charset (Bolt compares it exactly); events are JSON.
 */
import { createHmac } from 'node:crypto';

export const FORM = 'application/x-www-form-urlencoded';

export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SignedRequestOptions {
  secret: string;
  /** Seconds since the epoch; now unless a test wants a stale request. */
  timestamp?: number;
  headers?: Record<string, string>;
}

export interface SlackHttpAnswer {
  status: number;
  /** The response body, parsed as JSON when it is JSON. */
  body: unknown;
}

export async function sendSigned(url: string, rawBody: string, contentType: string, options: SignedRequestOptions): Promise<SlackHttpAnswer> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(options.secret, timestamp, rawBody),
      ...options.headers,
    },
    body: rawBody,
  });
  const text = await response.text();
  let body: unknown = text;
  if (text && (response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: response.status, body };
}

/** A slash command's form body. */
export function slashCommandBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** An interactivity request's form body: one `payload` field holding JSON. */
export function interactivityBody(payload: unknown): string {
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
