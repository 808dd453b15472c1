// Downloads that say what they are: a chart pasted into slides or a Kamerbrief must stand on its
// own, so the SVG and PNG files carry the title, the state in words, the source and the link
// around the chart. String in, string out, so that the build (for the no-JS files and the social
// previews) and the browser (for the reader's current state) compose exactly the same file.
import { INK } from '../charts/theme.ts';

export interface StandaloneText {
  title: string;
  /** the state in words */
  state: string;
  source: string;
  link: string;
  /** the site's name, for the preview image */
  site?: string;
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, Arial, sans-serif';
const TEXT = INK.text;
const MUTED = INK.muted;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Breaks text into lines of at most `maxWidth` px. Without a browser there is no text metric, so
 * this estimates: the average width of a character in a sans-serif face is about 0.55 of the
 * font size; 0.58 leaves a margin.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * 0.58)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart's markup with its size fixed and no page-only attributes (ids of the page's labels). */
function innerChart(chartSvg: string, x: number, y: number, width: number, height: number): string {
  return chartSvg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<svg\b([^>]*)>/, (_all, attrs: string) => {
      const kept = attrs
        .replace(/\s(?:x|y|width|height|class|style|role|aria-labelledby|aria-label|data-layout|preserveAspectRatio)="[^"]*"/g, '')
        .replace(/\sxmlns="[^"]*"/, '');
      return `<svg${kept} x="${x}" y="${y}" width="${width}" height="${height}">`;
    });
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs = ''): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}"${attrs}>${escapeXml(l)}</text>`).join('');
}

/**
 * A standalone SVG file: title and state above the chart, source and link below, white
 * background, explicit size (for a PNG at `scale` times that size).
 */
export function standaloneSvg(chartSvg: string, chart: { width: number; height: number }, text: StandaloneText, scale = 1): string {
  const pad = 16;
  const w = chart.width + 2 * pad;
  const titleLines = wrapText(text.title, w - 2 * pad, 20);
  const stateLines = wrapText(text.state, w - 2 * pad, 14);
  const sourceLines = wrapText(`Bron: ${text.source}`, w - 2 * pad, 12);
  const linkLines = wrapText(text.link, w - 2 * pad, 12);
  let y = pad + 20;
  const head = textLines(titleLines, pad, y, 20, 26, ' font-weight="700"');
  y += titleLines.length * 26;
  const state = textLines(stateLines, pad, y, 14, 19, ` fill="${MUTED}"`);
  y += stateLines.length * 19 - 4;
  const chartY = y;
  y += chart.height + 20;
  const source = textLines(sourceLines, pad, y, 12, 16, ` fill="${MUTED}"`);
  y += sourceLines.length * 16;
  const link = textLines(linkLines, pad, y, 12, 16, ` fill="${MUTED}"`);
  y += linkLines.length * 16 + pad - 12;
  const h = y;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${w * scale}" height="${h * scale}" viewBox="0 0 ${w} ${h}" font-family="${FONT}" fill="${TEXT}"><title>${escapeXml(text.title)}</title><rect width="${w}" height="${h}" fill="#ffffff"/>${head}${state}${innerChart(chartSvg, pad, chartY, chart.width, chart.height)}${source}${link}</svg>`;
}

/** The size of the standalone file (read back from its markup), for the PNG canvas. */
export function standaloneSize(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}

/**
 * A 1200×630 social preview: title and site above the chart, so that a pasted link shows the
 * right picture. The chart keeps its aspect ratio inside the space below the title.
 */
export function previewSvg(chartSvg: string, chart: { width: number; height: number }, text: StandaloneText): string {
  const titleLines = wrapText(text.title, 1080, 44).slice(0, 2);
  const top = 60 + titleLines.length * 54 + 40;
  const boxW = 1080;
  const boxH = 630 - top - 30;
  const k = Math.min(boxW / chart.width, boxH / chart.height);
  const cw = Math.round(chart.width * k);
  const ch = Math.round(chart.height * k);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="${TEXT}">
  <rect width="1200" height="630" fill="#ffffff"/>
  <rect width="1200" height="16" fill="#073b3e"/>
  ${textLines(titleLines, 60, 80, 44, 54, ' font-weight="700"')}
  <text x="60" y="${80 + titleLines.length * 54 - 8}" font-size="26" fill="${MUTED}">${escapeXml(text.site ?? '')}</text>
  ${innerChart(chartSvg, 60 + Math.round((boxW - cw) / 2), top, cw, ch)}
</svg>`;
}
