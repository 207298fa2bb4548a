/**
 * Errors as log fields without secrets. discord.js's REST errors carry the
 * request URL, and interaction and webhook URLs embed a token that can post
 * as the bot for 15 minutes: it is cut out. The bot token itself travels only
 * in a header, which errors do not carry.
 */

const TOKEN_IN_PATH = /\/(interactions|webhooks)\/(\d+)\/[^/?]+/g;

export function redactUrl(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0] ?? '';
  return path.replace(TOKEN_IN_PATH, '/$1/$2/[redacted]');
}

export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const details = error as Error & { status?: number; code?: number | string; method?: string; url?: string };
  return {
    name: details.name,
    message: details.message,
    ...(details.status !== undefined ? { status: details.status } : {}),
    ...(details.code !== undefined ? { code: details.code } : {}),
    ...(details.method ? { method: details.method } : {}),
    ...(typeof details.url === 'string' ? { path: redactUrl(details.url) } : {}),
    stack: details.stack,
  };
}
