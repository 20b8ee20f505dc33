// Tests run on the mock catalog unless a test says otherwise, whatever the developer's shell has.
for (const name of [
  'ALIBABA_APP_KEY',
  'ALIBABA_APP_SECRET',
  'ALIBABA_ACCESS_TOKEN',
  'CATALOG_PROVIDER',
]) {
  delete process.env[name];
}
