import { describe, expect, it } from 'vitest';
import { sanitizeDescription } from '@/lib/catalog/sanitize';
import { generateCatalog } from '@/lib/mock/catalog';

const hostile = `
<h3 style="color:red" onclick="steal()">Title</h3>
<script>alert(1)</script>
<p onmouseover="x()">Text <a href="javascript:alert(1)">bad</a> <a href="https://detail.1688.com/offer/1.html">ok</a></p>
<img src="/img/dress/ea580c/0.svg" onerror="alert(1)" alt="local">
<img src="https://cbu01.alicdn.com/img/a.jpg" alt="cdn">
<img src="https://evil.example/track.gif" alt="tracker">
<img src="//evil.example/x.gif" alt="protocol-relative">
<iframe src="https://evil.example"></iframe>
<table><tr><td colspan="2" style="x">cell</td></tr></table>`;

describe('seller description sanitizing', () => {
  it('drops scripts, handlers, styles, javascript: links and frames', () => {
    const out = sanitizeDescription(hostile, 'live');
    expect(out).not.toMatch(/<script|onclick|onerror|onmouseover|javascript:|<iframe|style=/i);
    expect(out).toContain('<h3>Title</h3>');
    expect(out).toContain('<td colspan="2">cell</td>');
    expect(out).toContain('href="https://detail.1688.com/offer/1.html"');
    expect(out).toContain('rel="nofollow noopener noreferrer"');
  });

  it('allows only our own pictures in mock mode and 1688 CDN pictures in live mode', () => {
    const mock = sanitizeDescription(hostile, 'mock');
    expect(mock).toContain('src="/img/dress/ea580c/0.svg"');
    expect(mock).not.toContain('alicdn');
    expect(mock).not.toContain('evil.example');
    const live = sanitizeDescription(hostile, 'live');
    expect(live).toContain('src="https://cbu01.alicdn.com/img/a.jpg"');
    expect(live).not.toContain('evil.example');
  });

  it('cleans the hostile descriptions the mock catalog contains', () => {
    const catalog = generateCatalog({ size: 100 });
    const raw = catalog.product(7).description;
    expect(raw).toContain('<script>');
    const clean = sanitizeDescription(raw, 'mock');
    expect(clean).not.toMatch(/<script|onerror|javascript:|https?:\/\/img\.alicdn/);
    expect(clean).toContain('<table>');
  });
});
