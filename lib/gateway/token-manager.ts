/**
 * Where the gateway's access token comes from: a token obtained through OAuth (kept in a
 * store, refreshed before it expires and once when 1688 says "need user authorized"), or one
 * set in the environment. One refresh at a time: concurrent callers share it.
 */
import type { OAuthClient, TokenSet } from './oauth';

export interface TokenStore {
  load(): Promise<TokenSet | null>;
  save(tokens: TokenSet): Promise<void>;
  clear(): Promise<void>;
  /** Where the tokens live, for the status page (never their values). */
  describe(): string;
  /** A lock shared between instances so that only one refreshes (stores that are shared). */
  lock?(ttlMs: number): Promise<boolean>;
  unlock?(): Promise<void>;
}

export type TokenSource = 'none' | 'environment' | 'oauth';

export type TokenStatus = {
  source: TokenSource;
  resourceOwner?: string;
  accessExpiresAt?: number;
  refreshExpiresAt?: number;
  expired: boolean;
  store: string;
  storeError?: string;
  lastRefreshError?: string;
};

export type TokenManagerOptions = {
  store: TokenStore;
  oauth: OAuthClient;
  envToken?: string;
  now?: () => number;
  /** Refresh when less than this is left (default 10 minutes). */
  refreshMarginMs?: number;
};

export class TokenManager {
  private refreshing: Promise<TokenSet | null> | null = null;
  private storeError?: string;
  private lastRefreshError?: string;
  private readonly now: () => number;

  constructor(private readonly options: TokenManagerOptions) {
    this.now = options.now ?? Date.now;
  }

  private async stored(): Promise<TokenSet | null> {
    try {
      const tokens = await this.options.store.load();
      this.storeError = undefined;
      return tokens;
    } catch (error) {
      this.storeError = error instanceof Error ? error.message : String(error);
      return null;
    }
  }

  /** The token to send now, refreshed first when it is about to expire. */
  async accessToken(): Promise<string | undefined> {
    const tokens = await this.stored();
    if (!tokens) return this.options.envToken;
    const margin = this.options.refreshMarginMs ?? 10 * 60_000;
    if (tokens.accessExpiresAt - this.now() > margin) return tokens.accessToken;
    const refreshed = await this.refresh(tokens);
    return (refreshed ?? tokens).accessToken;
  }

  /** 1688 said the token is not (or no longer) valid: refresh once; true if a new one came. */
  async onUnauthorized(rejected?: string): Promise<boolean> {
    const tokens = await this.stored();
    if (!tokens?.refreshToken) return false;
    // Another caller may have refreshed already: then just retry with the new token.
    if (rejected && tokens.accessToken !== rejected) return true;
    return (await this.refresh(tokens)) !== null;
  }

  private refresh(current: TokenSet): Promise<TokenSet | null> {
    this.refreshing ??= (async () => {
      try {
        if (current.refreshExpiresAt !== undefined && current.refreshExpiresAt <= this.now()) {
          throw new Error('The refresh token has expired: connect the 1688 account again.');
        }
        const { store } = this.options;
        if (store.lock && !(await store.lock(15_000))) {
          // Another instance is refreshing: wait for the token it stores.
          for (let i = 0; i < 150; i++) {
            await new Promise((r) => setTimeout(r, 100));
            const seen = await store.load();
            if (seen && seen.accessToken !== current.accessToken) return seen;
          }
        }
        try {
          const next = await this.options.oauth.refresh(current);
          await store.save(next);
          this.lastRefreshError = undefined;
          return next;
        } finally {
          await store.unlock?.();
        }
      } catch (error) {
        this.lastRefreshError = error instanceof Error ? error.message : String(error);
        return null;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  async connect(tokens: TokenSet): Promise<void> {
    await this.options.store.save(tokens);
    this.lastRefreshError = undefined;
  }

  async disconnect(): Promise<void> {
    await this.options.store.clear();
  }

  async status(): Promise<TokenStatus> {
    const tokens = await this.stored();
    const now = this.now();
    const base = {
      store: this.options.store.describe(),
      storeError: this.storeError,
      lastRefreshError: this.lastRefreshError,
    };
    if (tokens) {
      return {
        ...base,
        source: 'oauth',
        resourceOwner: tokens.resourceOwner,
        accessExpiresAt: tokens.accessExpiresAt,
        refreshExpiresAt: tokens.refreshExpiresAt,
        expired: tokens.accessExpiresAt <= now && (tokens.refreshExpiresAt ?? 0) <= now,
      };
    }
    return { ...base, source: this.options.envToken ? 'environment' : 'none', expired: false };
  }
}
