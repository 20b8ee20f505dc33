/**
 * Checks of the configured values, each with its fix: the usual mistakes of the 1688
 * registration guide's troubleshooting list (quotes, stray spaces, key without secret, a
 * server not restarted...). They read the raw values and never return one.
 */
export type Severity = 'critical' | 'warning';

/** What a check found, as a stable code with its figures (pages word it; the API says it). */
export type CheckCode =
  | 'quotes'
  | 'whitespace'
  | 'secret_missing'
  | 'key_missing'
  | 'key_format'
  | 'key_length'
  | 'secret_length'
  | 'public'
  | 'api_url_invalid'
  | 'api_url_insecure'
  | 'site_url_invalid'
  | 'restart_needed';

export type ConfigCheck = {
  id: string;
  code: CheckCode;
  values?: Record<string, string | number>;
  severity: Severity;
  message: string;
  fix: string;
};

export type RawEnv = Record<string, string | undefined>;

const QUOTES = /^["'“”‘’`]|["'“”‘’`]$/;

function valueChecks(name: string, value: string | undefined, out: ConfigCheck[]): void {
  if (value === undefined || value === '') return;
  if (QUOTES.test(value)) {
    out.push({
      id: `${name}.quotes`,
      code: 'quotes',
      values: { name },
      severity: 'critical',
      message: `${name} is wrapped in quotes.`,
      fix: `Remove the quotes around the value of ${name} in .env.local, then restart the server.`,
    });
  }
  if (value !== value.trim()) {
    out.push({
      id: `${name}.whitespace`,
      code: 'whitespace',
      values: { name },
      severity: 'critical',
      message: `${name} has leading or trailing spaces.`,
      fix: `Delete the spaces around the value of ${name} in .env.local, then restart the server.`,
    });
  }
}

/** Every problem found; an empty list means the configuration looks right. */
export function checkConfig(env: RawEnv, fileEnv?: RawEnv | null): ConfigCheck[] {
  const out: ConfigCheck[] = [];
  const key = env.ALIBABA_APP_KEY;
  const secret = env.ALIBABA_APP_SECRET;
  const hasKey = !!key?.trim();
  const hasSecret = !!secret?.trim();

  if (hasKey && !hasSecret) {
    out.push({
      id: 'secret.missing',
      code: 'secret_missing',
      severity: 'critical',
      message: 'ALIBABA_APP_KEY is set but ALIBABA_APP_SECRET is not.',
      fix: 'Add ALIBABA_APP_SECRET (App Secret, in the 1688 console next to the App Key) to .env.local and restart.',
    });
  }
  if (hasSecret && !hasKey) {
    out.push({
      id: 'key.missing',
      code: 'key_missing',
      severity: 'critical',
      message: 'ALIBABA_APP_SECRET is set but ALIBABA_APP_KEY is not.',
      fix: 'Add ALIBABA_APP_KEY (App Key, in the 1688 console) to .env.local and restart.',
    });
  }
  valueChecks('ALIBABA_APP_KEY', key, out);
  valueChecks('ALIBABA_APP_SECRET', secret, out);
  valueChecks('ALIBABA_ACCESS_TOKEN', env.ALIBABA_ACCESS_TOKEN, out);

  const bareKey = key?.trim().replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, '') ?? '';
  if (hasKey && !/^\d+$/.test(bareKey)) {
    out.push({
      id: 'key.format',
      code: 'key_format',
      severity: 'warning',
      message: 'ALIBABA_APP_KEY is not all digits; 1688 App Keys are numbers.',
      fix: 'Copy the App Key again from the 1688 console (应用管理 / App management): you may have pasted the secret or the app name.',
    });
  } else if (hasKey && (bareKey.length < 6 || bareKey.length > 10)) {
    out.push({
      id: 'key.length',
      code: 'key_length',
      values: { count: bareKey.length },
      severity: 'warning',
      message: `ALIBABA_APP_KEY has ${bareKey.length} digits; it usually has 8.`,
      fix: 'Check that the whole App Key was copied, and nothing more.',
    });
  }
  const bareSecret = secret?.trim() ?? '';
  if (hasSecret && (bareSecret.length < 16 || bareSecret.length > 40)) {
    out.push({
      id: 'secret.length',
      code: 'secret_length',
      values: { count: bareSecret.length },
      severity: 'warning',
      message: `ALIBABA_APP_SECRET has ${bareSecret.length} characters; App Secrets have 16–40.`,
      fix: 'Copy the App Secret again from the 1688 console: it may be cut short or have extra characters.',
    });
  }

  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('NEXT_PUBLIC_') || !value) continue;
    const leaks =
      (hasSecret && value.includes(bareSecret)) ||
      /SECRET|TOKEN|PASSWORD/i.test(name.slice('NEXT_PUBLIC_'.length));
    if (leaks) {
      out.push({
        id: `public.${name}`,
        code: 'public',
        values: { name },
        severity: 'critical',
        message: `${name} exposes a secret: every NEXT_PUBLIC_ variable is sent to every browser.`,
        fix: `Remove ${name} from .env.local, rename it without the NEXT_PUBLIC_ prefix, rebuild, and rotate the App Secret in the 1688 console.`,
      });
    }
  }

  const apiUrl = env.ALIBABA_API_URL;
  if (apiUrl) {
    let url: URL | null = null;
    try {
      url = new URL(apiUrl.trim());
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      out.push({
        id: 'api_url.invalid',
        code: 'api_url_invalid',
        severity: 'critical',
        message: 'ALIBABA_API_URL is not a valid http(s) URL.',
        fix: 'Set ALIBABA_API_URL to https://gw.open.1688.com/openapi (or remove it to use that default).',
      });
    } else if (
      url.protocol === 'http:' &&
      !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    ) {
      out.push({
        id: 'api_url.insecure',
        code: 'api_url_insecure',
        severity: 'warning',
        message: 'ALIBABA_API_URL uses plain http to a remote host.',
        fix: 'Use https://gw.open.1688.com/openapi.',
      });
    }
  }
  const site = env.NEXT_PUBLIC_SITE_URL;
  if (site) {
    let valid = false;
    try {
      valid = /^https?:$/.test(new URL(site).protocol);
    } catch {
      valid = false;
    }
    if (!valid) {
      out.push({
        id: 'site_url.invalid',
        code: 'site_url_invalid',
        severity: 'warning',
        message:
          'NEXT_PUBLIC_SITE_URL is not a valid URL, so the 1688 authorization cannot return here.',
        fix: 'Set NEXT_PUBLIC_SITE_URL to the public URL of this site, e.g. http://localhost:3000.',
      });
    }
  }

  if (fileEnv) {
    const changed = [
      'ALIBABA_APP_KEY',
      'ALIBABA_APP_SECRET',
      'ALIBABA_API_URL',
      'ALIBABA_ACCESS_TOKEN',
    ].filter(
      (name) =>
        (fileEnv[name] ?? '') !== (env[name] ?? '') &&
        !(fileEnv[name] === undefined && env[name] === undefined),
    );
    if (changed.length) {
      out.push({
        id: 'restart.needed',
        code: 'restart_needed',
        values: { names: changed.join(', ') },
        severity: 'warning',
        message: `.env.local has changed since the server started (${changed.join(', ')}).`,
        fix: 'Restart the server (stop it and run it again) so that it reads the new values.',
      });
    }
  }
  return out;
}

export type ConfigSummary = {
  appKey: { configured: boolean; length?: number; lastTwo?: string };
  appSecret: { configured: boolean };
  status: 'configured' | 'not_configured' | 'misconfigured';
  message: string;
};

export function summarize(env: RawEnv, checks: ConfigCheck[]): ConfigSummary {
  const key = env.ALIBABA_APP_KEY?.trim() ?? '';
  const secret = env.ALIBABA_APP_SECRET?.trim() ?? '';
  const critical = checks.filter((c) => c.severity === 'critical').length;
  const status = !key && !secret ? 'not_configured' : critical > 0 ? 'misconfigured' : 'configured';
  return {
    appKey: key
      ? {
          configured: true,
          length: key.length,
          lastTwo: key.length >= 6 ? key.slice(-2) : undefined,
        }
      : { configured: false },
    appSecret: { configured: !!secret },
    status,
    message:
      status === 'configured'
        ? 'API credentials are configured!'
        : status === 'not_configured'
          ? 'API credentials are not configured: the mock catalog is serving.'
          : `API credentials are misconfigured: ${critical} ${critical === 1 ? 'problem' : 'problems'} to fix below.`,
  };
}
