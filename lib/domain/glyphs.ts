/**
 * Line-drawn product glyphs on a 24×24 grid, shared by the category icons in the UI and the
 * locally generated offer images. Each is a list of SVG path `d` strings drawn with a stroke.
 */
export const GLYPHS = {
  dress: ['M9 2h6', 'M9 2l-1 5 2 2-5 13h14L14 9l2-2-1-5', 'M10 9h4'],
  phone: ['M7 3a2 2 0 0 1 2-2h6a2 2 0 0 1 2 2v18a2 2 0 0 1-2 2H9a2 2 0 0 1-2-2z', 'M11 19h2'],
  home: ['M3 11l9-8 9 8', 'M5 9.5V21h14V9.5', 'M10 21v-6h4v6'],
  toy: [
    'M12 21a7 7 0 1 0 0-14 7 7 0 0 0 0 14z',
    'M7.5 8.5a2.5 2.5 0 1 1-2-4 2.5 2.5 0 0 1 2 4',
    'M16.5 8.5a2.5 2.5 0 1 0 2-4 2.5 2.5 0 0 0-2 4',
    'M10 13h.01M14 13h.01M10.5 16.5c1 .7 2 .7 3 0',
  ],
  beauty: ['M9 11h6v10H9z', 'M10 11V6l4-3v8', 'M8 15h8'],
  bag: ['M4 8h16l-1.5 13h-13z', 'M9 8V6a3 3 0 0 1 6 0v2'],
  shoe: ['M2 16V8l5 1 3 4 7 1a4 4 0 0 1 4 4v1H2z', 'M2 18h19', 'M8 11l1.5-1M10 13l1.5-1'],
  car: [
    'M3 16v-4l2-5h14l2 5v4z',
    'M3 12h18',
    'M7 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM17 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  ],
  sports: ['M6 7v10M3 9v6M18 7v10M21 9v6', 'M6 12h12'],
  office: ['M16 3l5 5L9 20H4v-5z', 'M13 6l5 5', 'M4 15l5 5'],
  box: ['M3 7l9-4 9 4v10l-9 4-9-4z', 'M3 7l9 4 9-4', 'M12 11v10'],
  tool: [
    'M14.7 6.3a4 4 0 0 0-5.4 5.2L3 17.8 6.2 21l6.3-6.3a4 4 0 0 0 5.2-5.4l-2.6 2.6-2.4-.6-.6-2.4z',
  ],
  gem: ['M6 3h12l4 6-10 12L2 9z', 'M2 9h20', 'M9 3l-1 6 4 12 4-12-1-6'],
  paw: [
    'M12 20c-3 0-6-1.5-6-4s3-5 6-5 6 2.5 6 5-3 4-6 4z',
    'M7 9a1.6 2 0 1 0 0-4 1.6 2 0 0 0 0 4zM17 9a1.6 2 0 1 0 0-4 1.6 2 0 0 0 0 4z',
    'M10.5 6a1.6 2 0 1 0 0-4 1.6 2 0 0 0 0 4zM13.5 6a1.6 2 0 1 0 0-4 1.6 2 0 0 0 0 4z',
  ],
  tag: ['M3 12V3h9l9 9-9 9z', 'M7.5 7.5h.01'],
} as const satisfies Record<string, readonly string[]>;

export type GlyphName = keyof typeof GLYPHS;

export function isGlyphName(value: string): value is GlyphName {
  return Object.hasOwn(GLYPHS, value);
}

/** A glyph for a category name in English, for categories that come from 1688 itself. */
export function glyphForCategoryName(name: string): GlyphName {
  const n = name.toLowerCase();
  const rules: [RegExp, GlyphName][] = [
    [/cloth|apparel|dress|fashion|underwear/, 'dress'],
    [/electronic|digital|phone|computer/, 'phone'],
    [/home|living|furniture|kitchen|textile/, 'home'],
    [/toy|baby|kid|maternity/, 'toy'],
    [/beauty|cosmetic|personal care|makeup/, 'beauty'],
    [/bag|luggage|case/, 'bag'],
    [/shoe|boot|footwear/, 'shoe'],
    [/auto|car|vehicle|motor/, 'car'],
    [/sport|outdoor|fitness/, 'sports'],
    [/office|stationery|school/, 'office'],
    [/packag|printing/, 'box'],
    [/hardware|tool|machin/, 'tool'],
    [/jewel|accessor|watch/, 'gem'],
    [/pet/, 'paw'],
  ];
  return rules.find(([re]) => re.test(n))?.[1] ?? 'tag';
}
