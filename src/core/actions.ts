/**
 * Action ids: deterministic and stateless, so a click works after a restart
 * and on any replica. Each fits Discord's 100-character custom_id.
 */
export const MAX_ACTION_ID = 100;

export type ActionRequest = { kind: 'compare'; frameworks: string[] } | { kind: 'info'; framework: string };

export function compareAction(ids: readonly string[]): string {
  return `cmp:${ids.join(',')}`;
}

export function infoAction(id: string): string {
  return `info:${id}`;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads an action id back; undefined for anything this version did not write. */
export function parseAction(id: string): ActionRequest | undefined {
  if (id.length > MAX_ACTION_ID) return undefined;
  const [verb, arg = ''] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  if (verb === 'cmp') {
    const frameworks = arg.split(',');
    return frameworks.length >= 2 && frameworks.length <= 4 && frameworks.every((f) => SLUG.test(f)) ? { kind: 'compare', frameworks } : undefined;
  }
  if (verb === 'info' && SLUG.test(arg)) return { kind: 'info', framework: arg };
  return undefined;
}
