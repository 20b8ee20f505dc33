/**
 * 1688's OAuth 2.0 web flow (gateway doc, section 5): the authorize URL, the code exchange and
 * the refresh. These endpoints are not signed; the app secret travels as `client_secret` in the
 * POST body only, and never appears in an error.
 */
import { gatewayError, timeoutError } from './errors';

export type TokenSet = {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  accessExpiresAt: number;
  refreshExpiresAt?: number;
  resourceOwner?: string;
  memberId?: string;
  aliId?: string;
  obtainedAt: number;
};

export type OAuthOptions = {
  appKey: string;
  appSecret: string;
  baseUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
};

/** `yyyyMMddHHmmssSSS±zzzz` (e.g. 20270514200339000+0800) to epoch milliseconds. */
export function parseRefreshTimeout(value: unknown): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})([+-])(\d{2})(\d{2})$/.exec(
    String(value ?? ''),
  );
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms, sign, oh, om] = m;
  const utc = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, +ms!);
  const offset = (sign === '-' ? -1 : 1) * (+oh! * 60 + +om!) * 60_000;
  return utc - offset;
}

export function authorizeUrl(
  base: string,
  appKey: string,
  redirectUri: string,
  state: string,
): string {
  const url = new URL(base);
  url.searchParams.set('client_id', appKey);
  url.searchParams.set('site', '1688');
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', state);
  return url.toString();
}

export class OAuthClient {
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: OAuthOptions) {
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.now = options.now ?? Date.now;
  }

  exchangeCode(code: string, redirectUri: string): Promise<TokenSet> {
    return this.tokenRequest('http', {
      grant_type: 'authorization_code',
      need_refresh_token: 'true',
      redirect_uri: redirectUri,
      code,
    });
  }

  async refresh(current: TokenSet): Promise<TokenSet> {
    if (!current.refreshToken)
      throw gatewayError(
        'upstream_not_authorized',
        {},
        'The 1688 token cannot be refreshed: there is no refresh token.',
      );
    const next = await this.tokenRequest('param2', {
      grant_type: 'refresh_token',
      refresh_token: current.refreshToken,
    });
    return {
      ...next,
      refreshToken: next.refreshToken ?? current.refreshToken,
      refreshExpiresAt: next.refreshExpiresAt ?? current.refreshExpiresAt,
      resourceOwner: next.resourceOwner ?? current.resourceOwner,
    };
  }

  private async tokenRequest(
    segment: 'http' | 'param2',
    fields: Record<string, string>,
  ): Promise<TokenSet> {
    const { appKey, appSecret, baseUrl, timeoutMs = 10_000 } = this.options;
    const api = 'system.oauth2/getToken';
    const secrets = [appSecret, fields.code, fields.refresh_token];
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let body: Record<string, unknown>;
    let status: number;
    try {
      const res = await this.fetch(
        `${baseUrl.replace(/\/+$/, '')}/${segment}/1/system.oauth2/getToken/${appKey}`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
          body: new URLSearchParams({
            ...fields,
            client_id: appKey,
            client_secret: appSecret,
          }).toString(),
          signal: controller.signal,
        },
      );
      status = res.status;
      body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    } catch (error) {
      if (controller.signal.aborted) throw timeoutError(timeoutMs, { api, secrets });
      throw gatewayError(
        'upstream_unavailable',
        { api, cause: error, secrets },
        'The 1688 authorization server could not be reached.',
      );
    } finally {
      clearTimeout(timer);
    }
    const accessToken = typeof body.access_token === 'string' ? body.access_token : '';
    if (status >= 500)
      throw gatewayError(
        'upstream_unavailable',
        { api, httpStatus: status, secrets },
        `The 1688 authorization server answered HTTP ${status}.`,
      );
    if (!accessToken) {
      const reason = String(
        body.error_description ??
          body.error_message ??
          body.error ??
          body.error_code ??
          `HTTP ${status}`,
      );
      throw gatewayError(
        'upstream_not_authorized',
        {
          api,
          httpStatus: status,
          upstreamCode: String(body.error ?? body.error_code ?? status),
          secrets,
        },
        `1688 refused the authorization: ${reason}`,
      );
    }
    const now = this.now();
    const expiresIn = Number(body.expires_in ?? 36_000);
    return {
      accessToken,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
      accessExpiresAt: now + (Number.isFinite(expiresIn) ? expiresIn : 36_000) * 1000,
      refreshExpiresAt: parseRefreshTimeout(body.refresh_token_timeout),
      resourceOwner: typeof body.resource_owner === 'string' ? body.resource_owner : undefined,
      memberId: body.memberId === undefined ? undefined : String(body.memberId),
      aliId: body.aliId === undefined ? undefined : String(body.aliId),
      obtainedAt: now,
    };
  }
}
