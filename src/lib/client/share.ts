// The share bar every widget has: copy link, download SVG / PNG / CSV of the current state, an
// embed snippet and a citation. Browser-only. The widget runtime tells the bar what the current
// state is through the `ShareSource` callbacks; the bar never knows which widget it serves.
import { apaWidgetCitation } from '../citation.ts';
import { embedSnippet } from './share-text.ts';
import { standaloneSize } from '../widget-kit/standalone.ts';

export interface ShareSource {
  /** the standalone SVG file of the chart as it is now (with title, state, source and link) */
  svgFile(): string;
  /** the CSV file of the table as it is now (with its metadata) */
  csvFile(): string;
  /** the canonical link to this exact state */
  shareUrl(): string;
  /** the embed page for this exact state */
  embedUrl(): string;
  /** a title naming the state, for the embed and the citation */
  title(): string;
  /** a file name without extension */
  fileBase(): string;
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws an SVG file onto a canvas at `scale` times its size and returns a PNG. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const { width, height } = standaloneSize(svgText);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('geen canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('geen png'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function copy(text: string, status: HTMLElement, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = 'Kopiëren lukte niet; selecteer de tekst en kopieer die zelf.';
  }
}

/** Connects a share bar (rendered by ShareBar.astro) to a widget. Returns `update` for state changes. */
export function wireShareBar(bar: HTMLElement, source: ShareSource, embedScript: string, embedHeight: number): { update(): void } {
  const status = bar.querySelector<HTMLElement>('[data-share-status]')!;
  const embed = bar.querySelector<HTMLTextAreaElement>('[data-share-embed]');
  const citation = bar.querySelector<HTMLElement>('[data-share-citation]');
  const link = bar.querySelector<HTMLInputElement>('[data-share-link]');
  const snippet = () => embedSnippet(source.embedUrl(), source.title(), embedScript, embedHeight);

  function update() {
    if (embed) embed.value = snippet();
    if (citation) citation.textContent = apaWidgetCitation({ title: source.title(), url: source.shareUrl(), consulted: new Date() });
    if (link) link.value = source.shareUrl();
  }

  bar.addEventListener('click', async (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-share]');
    if (!target) return;
    const action = target.dataset.share;
    if (action === 'svg' || action === 'png' || action === 'csv') event.preventDefault();
    try {
      if (action === 'copy') await copy(source.shareUrl(), status, 'Link gekopieerd.');
      if (action === 'copy-embed') await copy(snippet(), status, 'Insluitcode gekopieerd.');
      if (action === 'copy-citation' && citation) await copy(citation.textContent ?? '', status, 'Verwijzing gekopieerd.');
      if (action === 'svg') {
        download(new Blob([source.svgFile()], { type: 'image/svg+xml' }), `${source.fileBase()}.svg`);
        status.textContent = 'SVG gedownload.';
      }
      if (action === 'csv') {
        download(new Blob([source.csvFile()], { type: 'text/csv;charset=utf-8' }), `${source.fileBase()}.csv`);
        status.textContent = 'CSV gedownload.';
      }
      if (action === 'png') {
        download(await svgToPng(source.svgFile()), `${source.fileBase()}.png`);
        status.textContent = 'PNG gedownload.';
      }
    } catch {
      status.textContent = 'Dat lukte niet in deze browser. Gebruik de bestanden voor de standaardweergave.';
    }
  });

  // No update() here: the runtime wires the bar before the first state's model exists and calls
  // update() once that state is drawn (a widget's title may depend on its model, as a data
  // widget's does on its data).
  return { update };
}
