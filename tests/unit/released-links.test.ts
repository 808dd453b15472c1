// The URL-compatibility suite (QUALITY.md: "every URL schema version and data vintage that was
// ever released still opens the same view and numbers"): every registered widget keeps
// src/widgets/<name>/released-links.ts, and every link in it must open the same state and the
// same numbers, without a notice. The file must cover every schema version, every released data
// vintage and every preset (tests/helpers/released-links.ts); a widget without a file fails here.
import { describe, expect, it } from 'vitest';
import { WIDGETS, WIDGET_NAMES } from '../../src/widgets/registry.ts';
import type { ReleasedLinks } from '../../src/lib/widget-kit/released.ts';
import { releasedLinkProblems } from '../helpers/released-links.ts';
import { proefWidget } from '../helpers/data-widget-fixture.ts';

type File = ReleasedLinks<Record<string, unknown>>;
const files = import.meta.glob<{ default: File }>('../../src/widgets/*/released-links.ts', { eager: true });
const fileOf = (name: string) => files[`../../src/widgets/${name}/released-links.ts`]?.default;

describe('released widget links', () => {
  for (const def of WIDGETS) {
    it(`${def.spec.name}: every released link opens the same state and numbers, and the file covers every version, vintage and preset`, () => {
      const file = fileOf(def.spec.name);
      expect(file, `src/widgets/${def.spec.name}/released-links.ts ontbreekt`).toBeDefined();
      expect(releasedLinkProblems(def, file!)).toEqual([]);
    });
  }

  it('every released-links file belongs to a registered widget', () => {
    const names = Object.keys(files).map((f) => f.split('/').at(-2));
    expect(names.filter((n) => !WIDGET_NAMES.includes(n!))).toEqual([]);
  });
});

// The check itself, on a data widget made for the tests: it needs a link per released vintage
// with that vintage's numbers, and notices when an old vintage's numbers change.
describe('the released-links check on a data widget', () => {
  const complete: File = {
    links: [
      { query: '?data=2023-03', version: 1, vintage: '2023-03', state: { jaar: 2022 }, table: [['2022', '394']], note: 'voor de herziening: voorlopig cijfer' },
      { query: '?data=2024-03', version: 1, vintage: '2024-03', state: { jaar: 2022 }, summary: 'In 2022: 397.', note: 'na de herziening' },
      { query: '', version: 1, state: { jaar: 2022 }, table: [['2022', '397']], note: 'zonder data=: de nieuwste cijfers' },
      { query: '?preset=standaard&data=2024-03', version: 1, vintage: '2024-03', state: { jaar: 2022 }, note: 'voorinstelling' },
      { query: '?preset=standaard', version: 1, state: { jaar: 2022 }, note: 'voorinstelling' },
      { query: '?preset=eerder', version: 1, state: { jaar: 2021 }, table: [['2021', '401']], note: 'voorinstelling' },
      { query: '?jaar=2023&v=1&data=2024-03', version: 1, vintage: '2024-03', state: { jaar: 2023 }, table: [['2023', '405']], note: 'deellink' },
    ],
    written: [
      { state: { jaar: 2022 }, share: '/grafieken/proef/?data=2024-03', embed: '/embed/proef/?data=2024-03' },
      { state: { jaar: 2021 }, share: '/grafieken/proef/eerder/?data=2024-03', embed: '/embed/proef/?preset=eerder&data=2024-03' },
    ],
  };

  it('passes a complete file', () => {
    expect(releasedLinkProblems(proefWidget, complete)).toEqual([]);
  });
  it('requires a link with numbers for every released vintage', () => {
    const withoutOld = { ...complete, links: complete.links.filter((l) => l.vintage !== '2023-03') };
    expect(releasedLinkProblems(proefWidget, withoutOld)).toEqual(['proef: geen uitgebrachte link met cijfers voor datajaargang 2023-03']);
  });
  it('notices when an old vintage shows other numbers, or a link another vintage', () => {
    const revised = { ...complete, links: complete.links.map((l) => (l.vintage === '2023-03' ? { ...l, table: [['2022', '397']] } : l)) };
    expect(releasedLinkProblems(proefWidget, revised).join('\n')).toMatch(/\?data=2023-03: de tabel is \[\["2022","394"\]\]/);
    const wrongVintage = { ...complete, links: [...complete.links, { ...complete.links[0]!, query: '?data=2099-01' }] };
    expect(releasedLinkProblems(proefWidget, wrongVintage).join('\n')).toMatch(/\?data=2099-01 geeft een melding.*\n.*opent datajaargang 2024-03, uitgebracht met 2023-03/);
  });
  it('requires every schema version and preset, and pins the links written today', () => {
    const noPreset = { ...complete, links: complete.links.filter((l) => l.query !== '?preset=eerder'), written: [{ ...complete.written[0]!, share: '/grafieken/proef/' }] };
    expect(releasedLinkProblems(proefWidget, noPreset)).toEqual([
      'proef: geen uitgebrachte link ?preset=eerder',
      'proef: deellink voor {"jaar":2022} is /grafieken/proef/?data=2024-03, vastgelegd als /grafieken/proef/',
    ]);
    const v2 = { ...proefWidget, spec: { ...proefWidget.spec, state: { ...proefWidget.spec.state, version: 2, migrations: { 1: (p: URLSearchParams) => p } } } };
    expect(releasedLinkProblems(v2, complete)).toContain('proef: geen uitgebrachte link van schemaversie 2');
  });
});
