// Build-time rendering: the same view as in the browser, drawn into a linkedom document, as SVG
// markup for the HTML, the downloads and the social preview images.
import { parseHTML } from 'linkedom';
import { renderGordijn, VIEW } from './view.ts';
import type { GordijnState } from './state.ts';

export function staticGordijnSvg(state: GordijnState, idPrefix = 'gordijn', attributes: Record<string, string> = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
  document.body.append(svg as unknown as Node);
  renderGordijn(svg, state, idPrefix);
  for (const [k, v] of Object.entries(attributes)) svg.setAttribute(k, v);
  return (svg as unknown as Element).outerHTML;
}

/** A standalone SVG file (with XML declaration and explicit size) for downloads and PNGs. */
export function standaloneGordijnSvg(state: GordijnState, scale = 1): string {
  const svg = staticGordijnSvg(state, 'gordijn', {
    width: String(VIEW.width * scale),
    height: String(VIEW.height * scale),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace('<svg', '<svg style="background:#ffffff"')}`;
}

/**
 * A 1200×630 social preview: the chart on white with the page title above it, so that a pasted
 * link shows the right picture.
 */
export function previewSvg(state: GordijnState, title: string): string {
  const inner = staticGordijnSvg(state, 'voorbeeld', { x: '60', y: '150', width: '1080', height: '510' });
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
  <rect width="1200" height="630" fill="#ffffff"/>
  <rect width="1200" height="16" fill="#073b3e"/>
  <text x="60" y="80" font-size="44" font-weight="700" fill="#1c1f23">${esc(title)}</text>
  <text x="60" y="125" font-size="26" fill="#4a5159">De gordijnbeweging · Bijstand uitgelegd</text>
  ${inner}
</svg>`;
}
