// Printing folded parts open, in browsers that cannot do it with CSS. scheme.css shows a closed
// <details>' content in print through ::details-content (Chrome 131, Firefox 143, Safari 18.4);
// where that selector is unknown, this opens every closed <details> just before the print and
// closes them again after it. The widget kit's script calls it: the share bar's citation is the
// one folded part that must print (tables folded for their length stay folded on purpose).
export function printFoldedPartsOpen(win: Window & typeof globalThis = window): void {
  if (win.CSS?.supports?.('selector(::details-content)')) return;
  let opened: HTMLDetailsElement[] = [];
  win.addEventListener('beforeprint', () => {
    // not the tables folded for their length (data-print-folded): scheme.css says where they are
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>('details:not([open]):not([data-print-folded])')];
    for (const d of opened) d.open = true;
  });
  win.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
