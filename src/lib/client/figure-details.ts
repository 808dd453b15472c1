// Completes a figure's source popover (src/components/Cijfer.astro) when a reader opens it: the
// verbatim quote, our note, and the source line with a copy button. They come from the figures
// page's bronnen.json (src/pages/cijfers/[group]/bronnen.json.ts), found from the popover's one
// link, to the figure's entry /cijfers/<group>/#<id>: fetched once per page and figures page.
// Text goes in as text nodes, never as markup.
import { figureCitation } from '../citation.ts';
import { SITE_NAME } from '../site.ts';
import type { FigureDetails } from '../figure-view.ts';

/** Where a popover's details are: "/cijfers/x/#id" → "/cijfers/x/bronnen.json" and "id". */
export function detailsOf(entryHref: string, base: string): { url: string; id: string } {
  const entry = new URL(entryHref, base);
  return { url: `${entry.pathname}bronnen.json`, id: decodeURIComponent(entry.hash.slice(1)) };
}

const requests = new Map<string, Promise<Record<string, FigureDetails>>>();

function fetchDetails(url: string): Promise<Record<string, FigureDetails>> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<Record<string, FigureDetails>>;
    });
    // a failed fetch is tried again the next time a popover opens
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/** The page a source line points to: its canonical address and its own title (not the site's). */
function thisPage(): { title: string; url: string } {
  const title = document.querySelector<HTMLMetaElement>('meta[property="og:title"]')?.content ?? SITE_NAME;
  const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  return { title, url };
}

function span(className: string | undefined, ...children: (string | Node)[]): HTMLSpanElement {
  const el = document.createElement('span');
  if (className) el.className = className;
  el.append(...children);
  return el;
}

const filled = new WeakMap<HTMLElement, Promise<string>>();

/** Adds the quote, the note and the source line to the popover (once); resolves to the source line. */
export function loadFigureDetails(popover: HTMLElement): Promise<string> {
  let done = filled.get(popover);
  if (done) return done;
  popover.querySelector('.bron-citeer')?.remove(); // what a failed attempt left
  // the popover's one link, to the figure's entry (whatever the site's base path)
  const link = popover.querySelector<HTMLAnchorElement>('a[href]');
  const { url, id } = detailsOf(link?.getAttribute('href') ?? '', location.href);
  const status = span('bron-citeer-status');
  status.setAttribute('role', 'status');
  done = fetchDetails(url).then((all) => {
    const details = all[id];
    if (!details) throw new Error(`${url}: geen cijfer ${id}`);
    // in the order of the figure's entry: where it stands, the quote, the source, the note
    const [, where, source] = popover.children;
    if (details.quote) where?.after(span(undefined, 'Citaat: ', Object.assign(document.createElement('q'), { textContent: details.quote })));
    if (details.note) source?.after(span(undefined, details.note));
    const page = thisPage();
    const line = figureCitation({ ...details, siteName: SITE_NAME, pageTitle: page.title, pageUrl: page.url });
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button button-secondary', textContent: 'Kopieer bronvermelding' });
    button.dataset.copyFigureCitation = '';
    const text = span('bron-citeer-tekst', line);
    text.dataset.figureCitation = '';
    popover.append(span('bron-citeer', text, button, status));
    return line;
  });
  done.catch(() => {
    filled.delete(popover);
    if (!status.isConnected) popover.append(span('bron-citeer', status));
    status.textContent = 'Het citaat en de bronvermelding laden niet; ze staan bij de verantwoording van dit cijfer.';
  });
  filled.set(popover, done);
  return done;
}

/** The copy button of the source line. */
export async function copyFigureCitation(popover: HTMLElement): Promise<void> {
  const status = popover.querySelector<HTMLElement>('.bron-citeer-status');
  try {
    await navigator.clipboard.writeText(await loadFigureDetails(popover));
    if (status) status.textContent = 'Bronvermelding gekopieerd.';
  } catch {
    if (status) status.textContent = 'Kopiëren lukte niet; selecteer de tekst en kopieer die zelf.';
  }
}
