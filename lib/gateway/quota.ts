/**
 * The quota guard in front of every upstream call: a rate limiter that keeps bursts under a
 * configurable number of calls per second (so that 1688 does not throttle us), and a count of
 * calls per API per day (China time, as 1688 counts) with an optional daily budget beyond which
 * pifa stops calling upstream and serves its cache or a clear error.
 */
import { gatewayError } from './errors';

export interface QuotaCounter {
  /** Adds one call to the day's counts; resolves with the day's total (fallback: local count). */
  increment(day: string, api: string): Promise<number>;
  decrement(day: string, api: string): Promise<void>;
  counts(day: string): Promise<Record<string, number>>;
  /** One more call in the current second across instances; resolves with that second's count. */
  tick(second: number): Promise<number | null>;
}

export class MemoryQuotaCounter implements QuotaCounter {
  private readonly days = new Map<string, Map<string, number>>();

  private day(day: string): Map<string, number> {
    let d = this.days.get(day);
    if (!d) {
      this.days.clear();
      this.days.set(day, (d = new Map()));
    }
    return d;
  }

  async increment(day: string, api: string): Promise<number> {
    const d = this.day(day);
    d.set(api, (d.get(api) ?? 0) + 1);
    return [...d.values()].reduce((a, b) => a + b, 0);
  }

  async decrement(day: string, api: string): Promise<void> {
    const d = this.day(day);
    d.set(api, Math.max(0, (d.get(api) ?? 0) - 1));
  }

  async counts(day: string): Promise<Record<string, number>> {
    return Object.fromEntries(this.day(day));
  }

  async tick(): Promise<number | null> {
    return null;
  }
}

export function budgetExhausted(budget: number, api: string) {
  return gatewayError(
    'upstream_budget_exhausted',
    { api },
    `The daily 1688 API budget of ${budget} calls is used up.`,
  );
}

/** The calendar day in China (UTC+8), which is how 1688 counts quotas. */
export function chinaDay(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export type QuotaOptions = {
  counter: QuotaCounter;
  budget?: number;
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

export class QuotaGuard {
  private tokens: number;
  private refilledAt: number;
  private blocked = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: QuotaOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleep;
    this.tokens = options.perSecond;
    this.refilledAt = this.now();
  }

  /** Waits for a slot under the rate limit (locally, then across instances). */
  private async acquire(): Promise<void> {
    const rate = this.options.perSecond;
    for (;;) {
      const now = this.now();
      this.tokens = Math.min(rate, this.tokens + ((now - this.refilledAt) / 1000) * rate);
      this.refilledAt = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        break;
      }
      await this.sleep(Math.ceil(((1 - this.tokens) / rate) * 1000));
    }
    for (;;) {
      const second = Math.floor(this.now() / 1000);
      const inSecond = await this.options.counter.tick(second);
      if (inSecond === null || inSecond <= rate) return;
      await this.sleep(1000 - (this.now() % 1000) + 1);
    }
  }

  async beforeCall(api: string): Promise<void> {
    const { budget, counter } = this.options;
    const day = chinaDay(this.now());
    const total = await counter.increment(day, api);
    if (budget !== undefined && total > budget) {
      await counter.decrement(day, api);
      this.blocked++;
      throw budgetExhausted(budget, api);
    }
    await this.acquire();
  }

  async snapshot() {
    const day = chinaDay(this.now());
    const calls = await this.options.counter.counts(day);
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    const { budget, perSecond } = this.options;
    return {
      day,
      calls,
      total,
      budget: budget ?? null,
      remaining: budget === undefined ? null : Math.max(0, budget - total),
      blocked: this.blocked,
      perSecond,
    };
  }
}
