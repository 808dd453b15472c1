// Parts of a rendered chapter, by the id of their h2: the handouts print a chapter's "In het
// kort" and "Vragen om over na te denken", and the student page collects every chapter's
// questions. The chapter stays the one source of its text; these pages take it from the same
// rendered MDX. Works on any DOM (linkedom at build time), so it is tested without a browser.

/** The elements that make up the section under the h2 with this id: the h2 itself and everything up to the next h2. */
export function sectionNodes(root: ParentNode, id: string): Element[] {
  const children = [...root.children];
  const start = children.findIndex((el) => el.tagName === 'H2' && el.id === id);
  if (start < 0) return [];
  const end = children.findIndex((el, i) => i > start && el.tagName === 'H2');
  return children.slice(start, end < 0 ? undefined : end);
}

export interface SectionOptions {
  /** leave out the section's own heading (the page gives its own) */
  withoutHeading?: boolean;
  /** headings one level lower (an h2 of the chapter becomes an h3 on a page that has its own h2s) */
  demote?: number;
  /** leave out the explanation popovers and their buttons, for a page that only lists text */
  plain?: boolean;
}

/** A section's HTML, or '' when the chapter has no section with that id. */
export function sectionHtml(root: ParentNode, id: string, options: SectionOptions = {}): string {
  const nodes = sectionNodes(root, id).slice(options.withoutHeading ? 1 : 0);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const box = doc.createElement('div');
  for (const node of nodes) box.appendChild(node.cloneNode(true));
  if (options.plain) for (const el of box.querySelectorAll('[popover], .term-knop, .bron-knop, script')) el.remove();
  if (options.demote) {
    for (const h of [...box.querySelectorAll('h2, h3, h4, h5')]) {
      const level = Math.min(6, Number(h.tagName.slice(1)) + options.demote);
      const next = doc.createElement(`h${level}`);
      for (const attr of [...h.attributes]) next.setAttribute(attr.name, attr.value);
      next.innerHTML = h.innerHTML;
      h.replaceWith(next);
    }
  }
  return box.innerHTML;
}

/** The list items of a section, as HTML, in order ("Vragen om over na te denken" is one list). */
export function sectionItems(root: ParentNode, id: string): string[] {
  const box = (root as Node).ownerDocument!.createElement('div');
  box.innerHTML = sectionHtml(root, id, { withoutHeading: true, plain: true });
  return [...box.querySelectorAll('li')].map((li) => li.innerHTML.trim());
}

/** The ids of the figures a stretch of rendered HTML prints (each <Cijfer> links to its entry, /cijfers/<groep>/#<id>). */
export function figureIdsIn(root: ParentNode): string[] {
  const ids = [...root.querySelectorAll('[data-figure] a[href*="/cijfers/"]')].map((a) => a.getAttribute('href')!.split('#')[1] ?? '');
  return [...new Set(ids.filter(Boolean))];
}
