/** Runs once when the server starts: says which data source serves, and warms the mock catalog. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { announceDataSource } = await import('./lib/catalog/startup');
  announceDataSource();
}
