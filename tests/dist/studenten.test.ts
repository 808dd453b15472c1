// The ways in: "Begin hier" on the home page (three routes by reader) and the student page
// (a reading route through every chapter, every chapter's study questions, the handouts).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { builtPages } from '../helpers/dist.ts';
import { projectPath } from '../../src/lib/project-root.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const page = (path: string) => byPath.get(path)!.document;
const topChapters = readdirSync(projectPath('content', 'chapters')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const exists = (href: string) => byPath.has(new URL(href, 'http://x').pathname);

function questions(doc: Document): string[] {
  const out: string[] = [];
  let el = doc.getElementById('vragen-om-over-na-te-denken')?.nextElementSibling;
  while (el && el.tagName !== 'H2') {
    for (const li of el.querySelectorAll('li')) {
      const copy = li.cloneNode(true) as Element;
      for (const x of copy.querySelectorAll('[popover], button')) x.remove();
      out.push(copy.textContent!.replace(/\s+/g, ' ').trim());
    }
    el = el.nextElementSibling;
  }
  return out;
}

describe('Begin hier on the home page', () => {
  it('offers three routes by reader, each a short ordered path of pages that exist', () => {
    const section = page('/').querySelector('.begin-hier')!;
    expect(section).not.toBeNull();
    const routes = [...section.querySelectorAll('article')];
    expect(routes.map((r) => r.querySelector('h3')!.textContent)).toEqual(['Ik wil weten hoe het zit', 'Ik zoek een cijfer of bron', 'Ik bestudeer het onderwerp']);
    for (const r of routes) {
      const links = [...r.querySelectorAll('ol > li > a')].map((a) => a.getAttribute('href')!);
      expect(links.length).toBeGreaterThanOrEqual(3);
      expect(links.length).toBeLessThanOrEqual(6);
      for (const href of links) expect(exists(href), href).toBe(true);
    }
    // the student route starts at the student page
    expect(routes[2]!.querySelector('ol a')!.getAttribute('href')).toBe('/studenten/');
  });
});

describe('Voor studenten en docenten', () => {
  const doc = page('/studenten/');
  it('has a reading route through every chapter, each with its handout', () => {
    const items = [...doc.querySelectorAll('ol.leesroute > li')];
    const hrefs = items.map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(hrefs.sort()).toEqual(topChapters.map((id) => `/hoofdstukken/${id}/`).sort());
    for (const li of items) {
      const handout = li.querySelector('a[href^="/studenten/hand-out/"]')!.getAttribute('href')!;
      expect(exists(handout), handout).toBe(true);
    }
    // documents in the order they were written: Kronkelige gewelven (2005) before Werk aan de winkel (2019)
    const order = items.map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(order.indexOf('/hoofdstukken/kronkelige-gewelven/')).toBeLessThan(order.indexOf('/hoofdstukken/werk-aan-de-winkel/'));
  });

  it('collects the study questions of every chapter and every part, as the chapters have them', () => {
    const chapterPages = pages.filter((p) => /^\/hoofdstukken\/.+\/$/.test(p.path));
    const all = chapterPages.flatMap((p) => questions(p.document));
    expect(all.length).toBeGreaterThan(40);
    const collected = [...doc.querySelectorAll('ol.vragen > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(collected.sort()).toEqual(all.sort());
  });

  it('says how to cite, with an example reference and a link to the documents’ references', () => {
    expect(doc.querySelector('#verwijzen ~ ul .citation')?.textContent).toMatch(/Bijstand uitgelegd\. \(\d{4}, /);
    expect(doc.querySelector('#verwijzen ~ ul a[href="/bronnen/"]')).not.toBeNull();
  });
});
