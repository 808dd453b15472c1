// Loads Pagefind's Component UI (written into dist/pagefind/ by the build) the first time a
// reader asks for search, and opens its modal dialog. Browser-only module.
import { SEARCH_RANKING } from '../search-ranking.ts';

// The site's base ("/" or "/bijstand/"), which Vite writes in (as src/lib/site-path.ts does; that
// module is not imported here, where it would become one more module every page loads). Pagefind
// takes the base from the bundle's path and puts it in front of every result's URL.
export const SITE_BASE_URL = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const BUNDLE = `${SITE_BASE_URL}pagefind/`;

let loading: Promise<void> | undefined;

/** Loads the Component UI script and stylesheet once; later calls reuse the same promise. */
export function loadPagefindComponents(): Promise<void> {
  loading ??= (async () => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${BUNDLE}pagefind-component-ui.css`;
    document.head.append(css);
    const url = `${BUNDLE}pagefind-component-ui.js`;
    await import(/* @vite-ignore */ url);
    // must run before any <pagefind-*> element connects, so the elements are added after this
    window.PagefindComponents?.configureInstance('default', { bundlePath: BUNDLE, ranking: SEARCH_RANKING });
  })();
  return loading;
}

declare global {
  interface Window {
    PagefindComponents?: {
      configureInstance(name: string, options: Record<string, unknown>): void;
      getInstanceManager(): { getInstance(name: string): { triggerSearch(term: string): void } };
    };
  }
}

interface PagefindModal extends HTMLElement {
  open(): void;
}

/** Opens the search dialog; if the search bundle is missing (as in `astro dev`), goes to /zoeken/. */
export async function openSearchDialog(trigger: HTMLAnchorElement): Promise<void> {
  try {
    await loadPagefindComponents();
    let modal = document.querySelector<PagefindModal>('pagefind-modal');
    if (!modal) {
      modal = document.createElement('pagefind-modal') as PagefindModal;
      modal.setAttribute('reset-on-close', '');
      document.body.append(modal);
      await customElements.whenDefined('pagefind-modal');
    }
    modal.open();
    // The dialog returns focus to its own trigger element, which we do not use: return it to ours.
    modal.addEventListener('close', () => trigger.focus(), { once: true });
  } catch {
    window.location.href = trigger.href;
  }
}
