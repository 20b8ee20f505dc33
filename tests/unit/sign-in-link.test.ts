import { afterEach, describe, expect, it } from 'vitest';
import { adminToken, signInLink } from '@/lib/http/operator';

const saved = process.env.ADMIN_TOKEN;
const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...vars });
afterEach(() => {
  if (saved === undefined) delete process.env.ADMIN_TOKEN;
  else process.env.ADMIN_TOKEN = saved;
});

describe('the operator sign-in link printed at start', () => {
  it('points at the configured public address, token in the fragment', () => {
    process.env.ADMIN_TOKEN = 'token-for-the-link';
    expect(signInLink(env({ NEXT_PUBLIC_SITE_URL: 'https://pifa.example/' }))).toBe(
      'https://pifa.example/api-status#admin-token=token-for-the-link',
    );
  });

  it('without one, points at the port this server listens on', () => {
    delete process.env.ADMIN_TOKEN;
    const { token, generated } = adminToken();
    expect(generated).toBe(true);
    expect(signInLink(env({ PORT: '4100' }))).toBe(
      `http://localhost:4100/api-status#admin-token=${token}`,
    );
    expect(signInLink(env({ NEXT_PUBLIC_SITE_URL: '  ', PORT: '4100' }))).toBe(
      `http://localhost:4100/api-status#admin-token=${token}`,
    );
    expect(signInLink(env({ NEXT_PUBLIC_SITE_URL: '', PORT: '' }))).toBe(
      `http://localhost:3000/api-status#admin-token=${token}`,
    );
  });
});
