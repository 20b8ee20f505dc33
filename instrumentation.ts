/** Runs once when the server starts: says which data source serves and how to sign in. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { announceStartup } = await import('./lib/http/startup');
    announceStartup();
  }
}
