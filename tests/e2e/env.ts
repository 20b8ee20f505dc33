/** Where the end-to-end servers listen, and the fake gateway's test credentials. */
const base = Number(process.env.E2E_PORT ?? 3123);

export const PORTS = {
  mock: base,
  live: base + 1,
  wrongSecret: base + 2,
  oauth: base + 3,
  nginx: base + 10,
  limited: base + 4,
  gateway: base + 67,
};

export const E2E = {
  mock: `http://127.0.0.1:${PORTS.mock}`,
  live: `http://127.0.0.1:${PORTS.live}`,
  wrongSecret: `http://127.0.0.1:${PORTS.wrongSecret}`,
  oauth: `http://127.0.0.1:${PORTS.oauth}`,
  nginx: `http://127.0.0.1:${PORTS.nginx}`,
  limited: `http://127.0.0.1:${PORTS.limited}`,
  gateway: `http://127.0.0.1:${PORTS.gateway}`,
  appKey: '12345678',
  appSecret: 'fakeSecret0123456789abcd',
  badSecret: 'wrongSecret0123456789xyz',
  accessToken: 'fake-access-token-5f2b9c7e',
  adminToken: 'e2e-admin-token-3d8f1a6c',
};
