/**
 * The browser gets only the messages of CLIENT_NAMESPACES. Every namespace a client component
 * translates with (found by following imports from each 'use client' file) must be in the list,
 * or its texts would be missing in the browser; and the list holds nothing else, or the browser
 * would download messages no client component reads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientMessages } from '@/i18n/client-messages';
import en from '@/messages/en.json';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The namespaces used by every module the browser runs. */
function clientNamespaces(): Set<string> {
  const entries = [...sources(join(ROOT, 'app')), ...sources(join(ROOT, 'components'))].filter(
    (file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')),
  );
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/useTranslations\(\s*['"](\w+)[.'"]/g)) namespaces.add(m[1]!);
    // Type-only imports are erased: they bring no code (and no messages) to the browser.
    for (const m of source.matchAll(
      /(?:import|export)\s+(?!type\b)[^'";]*?from\s+['"]([^'"]+)['"]/g,
    )) {
      const target = resolveImport(file, m[1]!);
      if (target) stack.push(target);
    }
  }
  return namespaces;
}

describe('messages sent to the browser', () => {
  const used = clientNamespaces();

  it('include every namespace a client component translates with', () => {
    expect(
      [...used].filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns)),
    ).toEqual([]);
  });

  it('include no namespace that only server components use', () => {
    expect(CLIENT_NAMESPACES.filter((ns) => !used.has(ns))).toEqual([]);
  });

  it('are only those namespaces', () => {
    const picked = clientMessages(en);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(picked.Header).toEqual(en.Header);
    expect(picked).not.toHaveProperty('Site');
  });

  it('finds namespaces through imports (a server-only namespace is not among them)', () => {
    // The header search box is a client component; the footer is rendered on the server.
    expect(used.has('Header')).toBe(true);
    expect(used.has('Footer')).toBe(false);
  });
});
