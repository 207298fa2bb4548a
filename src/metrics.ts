/**
 * Prometheus metrics (GET /metrics): what was handled, by kind and platform,
 * what failed, and how long replies and store calls take. Collected around
 * the core (a wrapper of TeamAdvisor.handle and of the Store), never inside it.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AdvisorFace, Asker, Effect, HandleOptions, Input, Store } from './core/index.js';

export type Platform = 'slack' | 'discord' | 'terminal' | 'mcp';

export class Metrics {
  readonly registry = new Registry();
  readonly handled = new Counter({ name: 'advisor_handled_total', help: 'Commands and actions handled', labelNames: ['platform', 'input', 'kind'], registers: [this.registry] });
  readonly errors = new Counter({ name: 'advisor_errors_total', help: 'Commands and actions that failed', labelNames: ['platform', 'input'], registers: [this.registry] });
  readonly replySeconds = new Histogram({
    name: 'advisor_reply_seconds',
    help: 'Time from input to the core reply',
    labelNames: ['platform', 'input'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly storeSeconds = new Histogram({
    name: 'advisor_store_seconds',
    help: 'Store call latency',
    labelNames: ['operation', 'outcome'],
    buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly #inFlight = new Map<Platform, () => number>();
  readonly inFlight = new Gauge({
    name: 'advisor_requests_in_flight',
    help: 'Requests accepted and not yet fully answered; on shutdown, watch them drain',
    labelNames: ['platform'],
    registers: [this.registry],
    collect: () => this.#readInFlight(),
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Reports a platform's requests in flight, read when /metrics is scraped. */
  watchInFlight(platform: Platform, count: () => number): void {
    this.#inFlight.set(platform, count);
  }

  #readInFlight(): void {
    for (const [platform, count] of this.#inFlight) this.inFlight.set({ platform }, count());
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** The kind of reply an input produced ("compare", "recommend", "problem"...), for labels. */
function replyKind(effects: readonly Effect[]): string {
  const first = effects[0];
  if (!first) return 'none';
  return first.type === 'start-thread' ? first.parent.kind : first.reply.kind;
}

/** The core's face with every answer (handle, compareWeighted) counted and timed per platform; the rest passed through. */
export function measuredAdvisor(advisor: AdvisorFace, metrics: Metrics, platform: Platform): AdvisorFace {
  const measured = async (input: Input['type'], answer: () => Promise<Effect[]>): Promise<Effect[]> => {
    const labels = { platform, input };
    const stop = metrics.replySeconds.startTimer(labels);
    try {
      const effects = await answer();
      metrics.handled.inc({ ...labels, kind: replyKind(effects) });
      return effects;
    } catch (error) {
      metrics.errors.inc(labels);
      throw error;
    } finally {
      stop();
    }
  };
  return {
    knowledge: () => advisor.knowledge(),
    frameworkChoices: (typed, limits) => advisor.frameworkChoices(typed, limits),
    home: (tenant, person) => advisor.home(tenant, person),
    openForm: (id, asker, inChannel) => advisor.openForm(id, asker, inChannel),
    submitForm: (id, values, asker) => advisor.submitForm(id, values, asker),
    handle: (input: Input, asker: Asker, options?: HandleOptions) => measured(input.type, () => advisor.handle(input, asker, options)),
    compareWeighted: (compareText, weightsText, asker) => measured('text', () => advisor.compareWeighted(compareText, weightsText, asker)),
  };
}

/** Every store call timed, with its outcome. */
export function measuredStore(store: Store, metrics: Metrics): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const stop = metrics.storeSeconds.startTimer({ operation: String(property) });
        try {
          const result = await value.apply(target, args);
          stop({ outcome: 'ok' });
          return result;
        } catch (error) {
          stop({ outcome: 'error' });
          throw error;
        }
      };
    },
  });
}
