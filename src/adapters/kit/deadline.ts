/**
 * A race against a platform's clock: Slack wants an ack within 3 seconds and
 * Discord an interaction response within 3 seconds, so each adapter asks
 * whether the work finished in time and, when it did not, tells the platform
 * it is on the way while the work carries on.
 */

export const LATE = Symbol('late');

/** The work's result, or LATE if it takes longer than `ms` (the work itself carries on). */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(resolve, ms, LATE);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
