/** Runs once when the server starts: installs the Node.js server hooks (lib/next/server-hooks.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installServerHooks } = await import('./lib/next/server-hooks');
    installServerHooks();
  }
}
