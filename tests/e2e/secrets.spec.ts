import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { E2E } from './env';
import { expect, test } from './fixtures';

const SECRETS = [E2E.appSecret, E2E.badSecret, E2E.accessToken, E2E.adminToken];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('the client bundle never contains the app secret or the access token', () => {
  const all = files('.next/static');
  expect(all.length).toBeGreaterThan(5);
  for (const file of all) {
    const text = readFileSync(file, 'utf8');
    for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }
});

test('pages and JSON, good or failing, never contain the secret or the token', async ({
  request,
}) => {
  const id = (await (await request.get('/api/products?q=phone&pageSize=1')).json()).data.items[0]
    .id;
  const paths = [
    '/',
    '/products?q=phone',
    `/products/${id}`,
    '/categories',
    '/api-status',
    '/api/status',
    '/api/products?q=phone',
    `/api/products/${id}`,
    '/api/categories',
  ];
  for (const origin of [E2E.live, E2E.wrongSecret, E2E.oauth]) {
    for (const path of paths) {
      // What the operator sees, too: no secret is ever in it.
      const text = await (
        await request.get(origin + path, { headers: { authorization: `Bearer ${E2E.adminToken}` } })
      ).text();
      for (const secret of SECRETS)
        expect(text.includes(secret), `${secret} in ${origin}${path}`).toBe(false);
      expect(text, `an OAuth token in ${origin}${path}`).not.toMatch(/fake-(at|rt)-/);
    }
  }
});
