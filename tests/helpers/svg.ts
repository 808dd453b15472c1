// Reading SVG markup in unit tests: parse it, find the font size every piece of text is drawn
// at, and normalise markup for golden files.
import { parseHTML } from 'linkedom';

export function parseSvg(markup: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${markup.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`);
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('geen <svg> gevonden');
  return svg as unknown as Element;
}

/** The font size a text element is drawn at: its own font-size, or the nearest ancestor's. */
export function effectiveFontSize(el: Element): number {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const attr = node.getAttribute('font-size');
    if (attr) return Number.parseFloat(attr);
  }
  return 16; // the browser's default
}

/** Every text in the SVG with the size it is drawn at (text with tspans counts per tspan). */
export function textsWithSizes(svg: Element): { text: string; size: number }[] {
  return [...svg.querySelectorAll('text')].flatMap((t) => {
    const spans = [...t.querySelectorAll('tspan')];
    const parts = spans.length > 0 ? spans : [t];
    return parts.map((p) => ({ text: (p.textContent ?? '').trim(), size: effectiveFontSize(p) })).filter((p) => p.text !== '');
  });
}

/** One element per line, so that a golden file's diff shows what changed. */
export function normaliseSvg(markup: string): string {
  return `${markup.replace(/>\s*</g, '>\n<').trim()}\n`;
}
