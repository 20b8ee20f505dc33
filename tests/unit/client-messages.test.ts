/**
 * The browser gets only the messages its client components translate with: the layout sends
 * LAYOUT_NAMESPACES, and each page the namespaces of PAGE_NAMESPACES it names in withPageMessages.
 * Every namespace a client component translates with (found by following imports, dynamic ones
 * included, from the layout or the page into each 'use client' file and what it imports) must be
 * in the list of the layout or page that renders it, or its texts would be missing in the
 * browser; and each list holds nothing else, or the browser would download messages no client
 * component of that page reads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clientMessages,
  LAYOUT_NAMESPACES,
  type MessagesPage,
  PAGE_NAMESPACES,
} from '@/i18n/client-messages';
import en from '@/messages/en.json';

const ROOT = resolve(__dirname, '../..');
const APP = join(ROOT, 'app/[locale]');

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

/**
 * The namespaces translated with by the client modules reachable from these files: a module is
 * a client module if it says 'use client' or a client module imports it.
 */
function clientNamespaces(entries: string[]): string[] {
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const stack = entries.map((file) => ({ file, client: false }));
  while (stack.length) {
    const { file, client: imported } = stack.pop()!;
    const source = readFileSync(file, 'utf8');
    const client = imported || /^\s*['"]use client['"]/.test(source);
    if (seen.has(`${client}:${file}`)) continue;
    seen.add(`${client}:${file}`);
    if (client)
      for (const m of source.matchAll(/useTranslations\(\s*['"](\w+)[.'"]/g)) namespaces.add(m[1]!);
    // Type-only imports are erased: they bring no code (and no messages) to the browser.
    for (const m of source.matchAll(
      /(?:(?:import|export)\s+(?!type\b)[^'";]*?from\s+|import\(\s*)['"]([^'"]+)['"]/g,
    )) {
      const target = resolveImport(file, m[1]!);
      if (target) stack.push({ file: target, client });
    }
  }
  return [...namespaces].sort();
}

const routeFiles = sources(APP).filter((f) => f.endsWith('.tsx'));
/** What the layout renders, and what is shown in a page's place: errors, not found, loading. */
const layoutFiles = routeFiles.filter((f) => /\/(layout|error|not-found|loading)\.tsx$/.test(f));
const pageFiles = routeFiles.filter((f) => f.endsWith('/page.tsx'));
const sorted = (list: readonly string[]) => [...new Set(list)].sort();

describe('messages sent to the browser', () => {
  it('the layout sends those of its client components and of what replaces a page', () => {
    expect(sorted(LAYOUT_NAMESPACES)).toEqual(clientNamespaces(layoutFiles));
  });

  it.each(pageFiles.map((f) => [relative(APP, f), f]))(
    '%s sends those of its client components',
    (_name, file) => {
      const used = clientNamespaces([file]);
      const named = readFileSync(file, 'utf8').match(/withPageMessages\('(\w+)'/)?.[1];
      if (used.length === 0) {
        expect(named).toBeUndefined();
        return;
      }
      expect(named, "the page is exported as withPageMessages('…', Page)").toBeDefined();
      expect(sorted(PAGE_NAMESPACES[named as MessagesPage])).toEqual(used);
    },
  );

  it('every page list is used by a page', () => {
    const named = pageFiles
      .map((f) => readFileSync(f, 'utf8').match(/withPageMessages\('(\w+)'/)?.[1])
      .filter(Boolean);
    expect(sorted(Object.keys(PAGE_NAMESPACES))).toEqual(sorted(named as string[]));
  });

  it('are only the namespaces asked for', () => {
    const picked = clientMessages(en, PAGE_NAMESPACES.search);
    expect(Object.keys(picked).sort()).toEqual(sorted(PAGE_NAMESPACES.search));
    expect(picked.Sort).toEqual(en.Sort);
    expect(picked).not.toHaveProperty('Status');
    expect(clientMessages(en, LAYOUT_NAMESPACES)).not.toHaveProperty('Status');
  });

  it('finds namespaces through imports (a server-only namespace is not among them)', () => {
    const layout = clientNamespaces(layoutFiles);
    // The header search box is a client component; the footer is rendered on the server.
    expect(layout).toContain('Header');
    expect(layout).not.toContain('Footer');
    // The compare tray is loaded with a dynamic import.
    expect(layout).toContain('Compare');
    // Result cards are server components; their compare button is a client component.
    const search = clientNamespaces([join(APP, 'products/search/[query]/page.tsx')]);
    expect(search).toContain('CompareToggle');
    expect(search).not.toContain('Card');
  });
});
