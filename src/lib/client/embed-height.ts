// On an embed page: tell the host page how tall the content is, whenever that changes, so that
// /insluiten.js (included by the host with the snippet) can size the iframe. Without a parent
// (opened on its own) it does nothing.
import { EMBED_HEIGHT_MESSAGE } from './share-text.ts';

export function reportEmbedHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    // the body's bottom edge plus its margin: the content, however tall the iframe is now
    const body = document.body;
    const height = Math.ceil(body.getBoundingClientRect().bottom + window.scrollY + parseFloat(getComputedStyle(body).marginBottom));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  window.addEventListener('load', send);
  send();
}
