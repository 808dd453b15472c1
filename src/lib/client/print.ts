// Printing folded parts open, in browsers that cannot do it with CSS. global.css shows a closed
// <details>' content in print through ::details-content (Chrome 131, Firefox 143, Safari 18.4);
// where that selector is unknown, this opens every closed <details> just before the print and
// closes them again after it, so that a citation or a table folded away on screen is on paper.
export function printFoldedPartsOpen(win: Window & typeof globalThis = window): void {
  if (win.CSS?.supports?.('selector(::details-content)')) return;
  let opened: HTMLDetailsElement[] = [];
  win.addEventListener('beforeprint', () => {
    // not the tables folded for their length (data-print-folded): global.css says where they are
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>('details:not([open]):not([data-print-folded])')];
    for (const d of opened) d.open = true;
  });
  win.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
