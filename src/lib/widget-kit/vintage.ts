// Data vintages: part of the link contract of a data widget. Statistics get revised (a
// "voorlopig" figure becomes "definitief", a new year arrives). A link pasted into a debate must
// keep showing the numbers it showed then, so:
// - every link the kit writes for a data widget names the vintage it was made with (`data=…`);
// - every released vintage stays in the build (its data as /grafieken/<name>/data/<id>.json);
// - a page opened on an older vintage says plainly that newer figures exist, and links to them;
// - a link without `data=` (typed by hand, or older than the widget's first vintage) shows the newest.
import { sitePath } from '../site-path.ts';
import type { Notice } from './state.ts';

export interface Vintage {
  /** as in the link: `data=2018-11` */
  id: string;
  /** for readers: "CBS-cijfers zoals gepubliceerd in november 2018" */
  label: string;
  /** when this vintage went live on the site (ISO date) */
  released: string;
}

export interface VintageSpec {
  /** every vintage ever released, oldest first; the last is the newest */
  released: Vintage[];
}

export interface VintageChoice {
  vintage: Vintage;
  newest: Vintage;
  /** is there a newer vintage than the one shown? */
  outdated: boolean;
  notices: Notice[];
}

export const VINTAGE_PARAM = 'data';

export function newestVintage(spec: VintageSpec): Vintage {
  const v = spec.released.at(-1);
  if (!v) throw new Error('geen datajaargangen');
  return v;
}

/** The vintage a query names (in the widget's namespace, if any). Never throws. */
export function decodeVintage(spec: VintageSpec, search: string, namespace?: string): VintageChoice {
  const newest = newestVintage(spec);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 2000 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  const all = params.getAll(namespace ? `${namespace}.${VINTAGE_PARAM}` : VINTAGE_PARAM);
  const raw = all[0] ?? null;
  if (raw === null) return { vintage: newest, newest, outdated: false, notices: [] };
  const repeated: Notice[] = all.length > 1 ? [{ code: 'dubbel', text: 'De link noemt ‘data’ meer dan eens; de eerste waarde is gebruikt.' }] : [];
  const id = raw.replaceAll('\ufeff', '').trim();
  const found = spec.released.find((v) => v.id === id);
  if (!found) {
    return {
      vintage: newest,
      newest,
      outdated: false,
      notices: [...repeated, { code: 'ongeldige-waarde', text: 'De link noemt cijfers die deze site niet kent; de grafiek toont de nieuwste cijfers.' }],
    };
  }
  const notices: Notice[] = [...repeated, ...(id !== raw ? [{ code: 'spaties' as const, text: 'In de link stonden spaties rond ‘data’; de waarde is toch gelezen.' }] : [])];
  return { vintage: found, newest, outdated: found.id !== newest.id, notices };
}

/** The parameter the kit adds to every link of a data widget. */
export function vintageQuery(vintage: Vintage, namespace?: string): string {
  return `${namespace ? `${namespace}.` : ''}${VINTAGE_PARAM}=${encodeURIComponent(vintage.id)}`;
}

/** Where a vintage's data is in the build. */
export function vintageDataPath(widget: string, vintage: string): string {
  return sitePath(`/grafieken/${widget}/data/${vintage}.json`);
}

/** What the page says when it shows an older vintage (the link goes to the same view with the newest data). */
export function outdatedMessage(choice: VintageChoice): string {
  return `Deze grafiek toont de cijfers zoals ze bekend waren op de datum van de link (${choice.vintage.label}). Er zijn nieuwere cijfers (${choice.newest.label}).`;
}
