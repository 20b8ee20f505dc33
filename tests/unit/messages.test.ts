/**
 * Every language has every message and no other, and each message is valid ICU that uses only
 * the arguments the English one is given.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { FAILURES } from '@/lib/domain/failures';
import { LOCALES } from '@/lib/domain/locales';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';

type Tree = { [key: string]: string | Tree };
const ALL: Record<(typeof LOCALES)[number], Tree> = { en, ru, es, zh };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const english = flatten(en);

describe('messages', () => {
  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    const keys = [...flatten(ALL[locale]).keys()].sort();
    expect(keys).toEqual([...english.keys()].sort());
  });

  it.each(LOCALES)('%s messages parse and use only known arguments', (locale) => {
    for (const [key, message] of flatten(ALL[locale])) {
      const known = argumentsOf(parse(english.get(key)!));
      let used: Set<string>;
      try {
        used = argumentsOf(parse(message));
      } catch (error) {
        throw new Error(`${locale} ${key} does not parse: ${String(error)}`);
      }
      for (const name of used) expect(known, `${locale} ${key}: {${name}}`).toContain(name);
    }
  });

  it('Russian plurals say one, few and many', () => {
    for (const [key, message] of flatten(ru)) {
      if (!/plural,/.test(message)) continue;
      for (const form of ['one {', 'few {', 'many {']) {
        expect(message, key).toContain(form);
      }
    }
  });

  it('pages word every failure the way the API hints it, in English', () => {
    const codes = en.Failure.codes as Record<string, { title: string; hint: string }>;
    expect(Object.keys(codes).sort()).toEqual(Object.keys(FAILURES).sort());
    for (const [code, { title, hint }] of Object.entries(FAILURES)) {
      expect(codes[code], code).toEqual({ title, hint });
    }
  });
});
