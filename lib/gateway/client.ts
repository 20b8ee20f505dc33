/**
 * The signed 1688 gateway client: one `call` path that builds the form, signs it, posts it
 * with a timeout, reads `error_code` from any answer, and retries only transient failures
 * (network, timeout, HTTP 5xx, throttling) with exponential backoff and full jitter. Time,
 * randomness, sleep and fetch are injected so that tests are deterministic.
 */
import type { ApiSpec } from './apis';
import type { AppError } from '@/lib/domain/errors';
import { errorForUpstreamCode, gatewayError, isGatewayError, timeoutError } from './errors';
import { sign, toFormFields, urlPathFor } from './signing';

export type GatewayLogger = { info(line: string): void; warn(line: string): void };

export type GatewayOptions = {
  appKey: string;
  appSecret: string;
  /** e.g. https://gw.open.1688.com/openapi */
  baseUrl: string;
  /** The user access token, or a function that supplies the current one. */
  accessToken?: string | (() => Promise<string | undefined> | string | undefined);
  /** One attempt's timeout (default 10 s). */
  timeoutMs?: number;
  /** The whole call's deadline, retries and waits included (default 12 s). */
  deadlineMs?: number;
  /** Wait before the one retry after throttling, when 1688 suggests none (default 1 s). */
  throttleDelayMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  logger?: GatewayLogger;
  /**
   * Called once per call when 1688 answers "Request need user authorized": refresh the token
   * that was rejected and resolve true to retry the call once with the new one.
   */
  onUnauthorized?: (rejectedToken: string | undefined) => Promise<boolean>;
  /** Runs before every upstream request (rate limit, daily budget); may throw to stop it. */
  guard?: { beforeCall(api: string): Promise<void> };
};

export type CallRecord = {
  api: string;
  ok: boolean;
  code?: string;
  requestId?: string;
  at: number;
  ms: number;
};

/** The least time worth starting an attempt with. */
const MIN_ATTEMPT_MS = 1_000;

/** `Retry-After` in seconds (a number of seconds, or an HTTP date), when given and sane. */
function retryAfter(response: Response, now: number): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  const seconds = /^\d{1,5}$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= 60 ? seconds : undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Json = Record<string, unknown>;

export class GatewayClient {
  private readonly options: Required<
    Omit<GatewayOptions, 'accessToken' | 'logger' | 'onUnauthorized' | 'guard'>
  > &
    Pick<GatewayOptions, 'accessToken' | 'logger' | 'onUnauthorized' | 'guard'>;
  private connected = false;
  /** Observers of each finished call (diagnostics and counters hook in here). */
  readonly listeners = new Set<(record: CallRecord) => void>();

  constructor(options: GatewayOptions) {
    this.options = {
      timeoutMs: 10_000,
      deadlineMs: 12_000,
      throttleDelayMs: 1_000,
      maxAttempts: 4,
      baseDelayMs: 250,
      maxDelayMs: 4_000,
      fetch: globalThis.fetch.bind(globalThis),
      now: Date.now,
      random: Math.random,
      sleep: defaultSleep,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
  }

  get appKey(): string {
    return this.options.appKey;
  }

  private async token(): Promise<string | undefined> {
    const t = this.options.accessToken;
    return typeof t === 'function' ? await t() : t;
  }

  /**
   * Calls an API, retrying transient failures within one deadline; resolves with the parsed
   * JSON body. Throttling is retried once at most, after the wait 1688 suggests (or a second);
   * nothing is retried that could not finish before the deadline.
   */
  async call(api: ApiSpec, params: Record<string, unknown> = {}): Promise<Json> {
    const { maxAttempts, baseDelayMs, maxDelayMs, random, sleep, onUnauthorized, now } =
      this.options;
    const deadline = now() + this.options.deadlineMs;
    let reauthorized = false;
    let throttled = false;
    for (let attempt = 1; ; attempt++) {
      const sent: { token?: string } = {};
      const left = deadline - now();
      try {
        return await this.once(api, params, sent, Math.min(this.options.timeoutMs, left));
      } catch (error) {
        if (!isGatewayError(error)) throw error;
        const rejected = error.code === 'upstream_not_authorized' && error.httpStatus !== undefined;
        if (rejected && !reauthorized && onUnauthorized && (await onUnauthorized(sent.token))) {
          reauthorized = true;
          attempt--;
          continue;
        }
        if (!error.retryable || attempt >= maxAttempts) throw error;
        let wait: number;
        if (error.code === 'upstream_rate_limited') {
          if (throttled) throw error;
          throttled = true;
          wait = (error.retryAfterS ?? this.options.throttleDelayMs / 1000) * 1000;
        } else {
          // Full jitter: a random wait up to the exponential ceiling.
          wait = Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
        }
        // Another attempt needs time to get an answer: give up rather than overrun the deadline.
        if (deadline - now() - wait < MIN_ATTEMPT_MS) throw error;
        await sleep(wait);
      }
    }
  }

  private async once(
    api: ApiSpec,
    params: Record<string, unknown>,
    sent: { token?: string },
    timeoutMs: number,
  ): Promise<Json> {
    const { appKey, appSecret, baseUrl, now } = this.options;
    const token = api.needsAuth ? await this.token() : undefined;
    sent.token = token;
    if (!api.needsAuth || token) await this.options.guard?.beforeCall(api.name);
    const secrets = [appSecret, token];
    const started = now();
    const fail = (error: AppError): never => {
      this.report({
        api: api.name,
        ok: false,
        code: error.upstreamCode ?? error.code,
        requestId: error.requestId,
        at: started,
        ms: now() - started,
      });
      throw error;
    };
    if (api.needsAuth && !token) {
      fail(
        gatewayError(
          'upstream_not_authorized',
          { api: api.name },
          `No 1688 access token is available for ${api.name}.`,
        ),
      );
    }

    const urlPath = urlPathFor(api.namespace, api.name, appKey);
    const fields = toFormFields({ ...params, access_token: token, _aop_timestamp: String(now()) });
    fields._aop_signature = sign(appSecret, urlPath, fields);
    secrets.push(fields._aop_signature);

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await this.options.fetch(`${baseUrl}/${urlPath}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
          Accept: 'application/json',
        },
        body: new URLSearchParams(fields).toString(),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted)
        return fail(timeoutError(timeoutMs, { api: api.name, secrets }));
      return fail(gatewayError('upstream_unavailable', { api: api.name, cause: error, secrets }));
    } finally {
      clearTimeout(timer);
    }

    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      if (response.status === 401) {
        return fail(
          gatewayError('upstream_not_authorized', { api: api.name, httpStatus: 401, secrets }),
        );
      }
      if (response.status >= 500) {
        return fail(
          gatewayError(
            'upstream_unavailable',
            { api: api.name, httpStatus: response.status, secrets },
            `The 1688 gateway answered HTTP ${response.status}.`,
          ),
        );
      }
      return fail(
        gatewayError(
          'upstream_bad_response',
          { api: api.name, httpStatus: response.status, secrets },
          `1688 answered ${api.name} with something that is not JSON (HTTP ${response.status}).`,
        ),
      );
    }
    const envelope = (body && typeof body === 'object' ? body : {}) as Json;
    const requestId = typeof envelope.request_id === 'string' ? envelope.request_id : undefined;
    const code = envelope.error_code ?? envelope.errorCode;
    if (
      code !== undefined &&
      code !== null &&
      code !== '' &&
      (response.status !== 200 || envelope.error_code !== undefined)
    ) {
      const message =
        typeof envelope.error_message === 'string'
          ? envelope.error_message
          : typeof envelope.errorMsg === 'string'
            ? envelope.errorMsg
            : undefined;
      return fail(
        errorForUpstreamCode(String(code), message, {
          api: api.name,
          requestId,
          httpStatus: response.status,
          retryAfterS: retryAfter(response, now()),
          secrets,
        }),
      );
    }
    if (response.status === 401) {
      return fail(
        gatewayError('upstream_not_authorized', {
          api: api.name,
          requestId,
          httpStatus: 401,
          secrets,
        }),
      );
    }
    if (response.status >= 500) {
      return fail(
        gatewayError(
          'upstream_unavailable',
          { api: api.name, requestId, httpStatus: response.status, secrets },
          `The 1688 gateway answered HTTP ${response.status}.`,
        ),
      );
    }
    if (response.status >= 400) {
      return fail(
        gatewayError(
          'upstream_bad_response',
          { api: api.name, requestId, httpStatus: response.status, secrets },
          `1688 answered ${api.name} with HTTP ${response.status}.`,
        ),
      );
    }
    this.report({ api: api.name, ok: true, requestId, at: started, ms: now() - started });
    return envelope;
  }

  private report(record: CallRecord): void {
    const logger = this.options.logger;
    if (record.ok && !this.connected) {
      this.connected = true;
      logger?.info('✓ Connected to 1688.com API');
    }
    if (!record.ok) {
      logger?.warn(
        `✗ 1688 ${record.api} failed: ${record.code ?? 'error'}${record.requestId ? ` (request ${record.requestId})` : ''}`,
      );
    }
    for (const listener of this.listeners) listener(record);
  }
}
