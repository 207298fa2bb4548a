/**
 * When to delete expired flows and dedupe keys. Expired rows are already
 * invisible to reads, so sweeping is only housekeeping: do it at most once per
 * interval rather than on every call.
 */
export class SweepSchedule {
  private last: number | undefined;

  constructor(private readonly intervalMs = 60_000) {}

  /** True when a sweep is due at `now` (and counts it as done). A clock that went backwards also triggers one. */
  due(now: number): boolean {
    const recent = this.last !== undefined && now >= this.last && now - this.last < this.intervalMs;
    if (recent) return false;
    this.last = now;
    return true;
  }
}
