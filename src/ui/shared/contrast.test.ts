// The extension's own pages (popup, settings, welcome) in light and dark: text and the focus ring
// measured against the backgrounds they sit on, from base.css itself (WCAG 2.2: 4.5:1 for text,
// 3:1 for a focus indicator and for the edges of a box to type in).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('./base.css', import.meta.url), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const light = vars(CSS.slice(0, CSS.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...vars(CSS.slice(CSS.indexOf('@media (prefers-color-scheme: dark)'), CSS.indexOf('* {'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe.each([['light', light], ['dark', dark]] as const)('base.css in %s', (_, v) => {
  it('text reads at 4.5:1 or more on the page and on panels', () => {
    for (const bg of ['bg', 'panel']) for (const fg of ['fg', 'muted', 'accent', 'ok-fg']) expect(contrast(v[fg]!, v[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['warn-fg']!, v['warn-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['bad-fg']!, v['bad-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['accent-fg']!, v.accent!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the edges of boxes to type in stand out at 3:1 or more from the box and from panels', () => {
    expect(CSS).toMatch(/textarea, select \{\s*background: var\(--bg\); border: 1px solid var\(--field-line\)/);
    for (const bg of ['bg', 'panel']) expect(contrast(v['field-line'] ?? v.line!, v[bg]!), `field edge on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('the focus ring stands out at 3:1 or more from the page and from panels', () => {
    for (const bg of ['bg', 'panel']) expect(contrast(v.focus!, v[bg]!), `focus on ${bg}`).toBeGreaterThanOrEqual(3);
  });
});
