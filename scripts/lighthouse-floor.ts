/**
 * A "floor" page for the Lighthouse benchmark: the elements and stylesheet of one of pifa's
 * pages (its server HTML, scripts and comments left out), rendered by the same Next.js as a
 * server component, with no client component of its own. Against the bare page, it shows what
 * the page's size and styles cost; against pifa's page, what its client code costs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';

type Tree = string | [string, Record<string, unknown>, Tree[]];

/** HTML attribute names as React props. */
const PROPS: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  fetchpriority: 'fetchPriority',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  autocomplete: 'autoComplete',
  enterkeyhint: 'enterKeyHint',
  inputmode: 'inputMode',
  crossorigin: 'crossOrigin',
  srcset: 'srcSet',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  novalidate: 'noValidate',
  spellcheck: 'spellCheck',
  datetime: 'dateTime',
  enctype: 'encType',
  'fill-rule': 'fillRule',
  'clip-rule': 'clipRule',
  'stroke-width': 'strokeWidth',
  'stroke-linecap': 'strokeLinecap',
  'stroke-linejoin': 'strokeLinejoin',
};
const BOOLEAN = new Set(['disabled', 'hidden', 'required', 'readOnly', 'multiple', 'open']);
const SKIP = new Set(['script', 'template', 'noscript', 'link']);

function toTree(node: T.ChildNode, origin: string): Tree | null {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!('tagName' in node) || SKIP.has(node.tagName)) return null;
  const props: Record<string, unknown> = {};
  for (const { name, value } of node.attrs) {
    const key = PROPS[name] ?? name;
    if (name.startsWith('on')) continue;
    if (name === 'style') {
      props.style = Object.fromEntries(
        value
          .split(';')
          .map((d) => d.split(':'))
          .filter(([p]) => p?.trim())
          .map(([p, ...v]) => [
            p!.trim().replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
            v.join(':').trim(),
          ]),
      );
    } else if (name === 'value' && ['input', 'select'].includes(node.tagName)) {
      props.defaultValue = value;
    } else if (name === 'checked') {
      props.defaultChecked = true;
    } else if (name === 'selected') {
      // React selects through the <select>'s defaultValue (below).
    } else if (name === 'src' && value.startsWith('/')) {
      props.src = origin + value;
    } else {
      props[key] = BOOLEAN.has(key) ? true : value;
    }
  }
  const children = node.childNodes
    .map((c) => toTree(c, origin))
    .filter((c): c is Tree => c !== null && c !== '');
  if (node.tagName === 'textarea')
    return ['textarea', { ...props, defaultValue: children.join('') }, []];
  return [node.tagName, props, children];
}

const LAYOUT = `import { readFileSync } from 'node:fs';
import data from './tree.json';
const css = readFileSync(process.cwd() + '/app/style.css.txt', 'utf8');
export const metadata = { title: 'Floor page', description: 'A page of pifa’s elements and styles, without its client code.' };
export default function L({ children }: { children: React.ReactNode }) {
  return <html lang={data.lang}><head><style dangerouslySetInnerHTML={{ __html: css }} /></head><body className={data.bodyClass}>{children}</body></html>;
}`;

const PAGE = `import { createElement, type ReactNode } from 'react';
import data from './tree.json';
type N = string | [string, Record<string, unknown>, N[]];
const VOID = new Set(['img', 'input', 'br', 'hr', 'meta', 'source', 'wbr', 'area', 'col', 'embed', 'track']);
function r(n: N, key: number): ReactNode {
  if (typeof n === 'string') return n;
  const [tag, props, kids] = n;
  return createElement(tag, { ...props, key }, ...(VOID.has(tag) ? [] : kids.map(r)));
}
export default function P() {
  return <>{(data.tree as N[]).map(r)}</>;
}`;

/** Builds the floor page for `url` (served by pifa at `origin`); returns its folder. */
export async function buildFloor(
  url: string,
  origin: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const html = await (await fetch(url)).text();
  const doc = parse(html);
  const root = doc.childNodes.find((n): n is T.Element => n.nodeName === 'html')!;
  const head = root.childNodes.find((n): n is T.Element => n.nodeName === 'head')!;
  const body = root.childNodes.find((n): n is T.Element => n.nodeName === 'body')!;
  const css = head.childNodes
    .filter((n): n is T.Element => n.nodeName === 'style')
    .map((n) => n.childNodes.map((c) => (c as T.TextNode).value).join(''))
    .join('\n');
  const data = {
    lang: root.attrs.find((a) => a.name === 'lang')?.value ?? 'en',
    bodyClass: body.attrs.find((a) => a.name === 'class')?.value ?? '',
    tree: body.childNodes.map((c) => toTree(c, origin)).filter(Boolean),
  };
  return buildApp('floor', env, {
    'app/tree.json': JSON.stringify(data),
    'app/style.css.txt': css,
    'app/layout.tsx': LAYOUT,
    'app/page.tsx': PAGE,
  });
}

/** A Next.js app of `files` in a folder of its own, built with pifa's Next.js; returns the folder. */
export function buildApp(
  name: string,
  env: NodeJS.ProcessEnv,
  files: Record<string, string>,
): string {
  const dir = mkdtempSync(join(tmpdir(), `pifa-${name}-`));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  // Hard links: the same packages without copying them (Turbopack refuses a symlinked folder).
  execFileSync('cp', ['-al', resolve('node_modules'), join(dir, 'node_modules')]);
  execFileSync('node_modules/.bin/next', ['build'], { cwd: dir, env, stdio: 'ignore' });
  return dir;
}
