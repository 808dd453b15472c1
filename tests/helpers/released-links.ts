// The released-links contract, as a check any widget's file can be held to: every link opens the
// state it opened when it was released, without a notice, with the same numbers; the file covers
// every schema version, data vintage and preset; and the links the site writes today are pinned.
import type { WidgetDefinition } from '../../src/lib/widget-kit/spec.ts';
import type { ReleasedLinks } from '../../src/lib/widget-kit/released.ts';
import { decodeLink } from '../../src/lib/widget-kit/link.ts';
import { renderState } from '../../src/lib/widget-kit/render.ts';
import { canonicalStatePath, embedPath, embedStatePath, widgetPath } from '../../src/lib/widget-kit/urls.ts';
import { sameState } from '../../src/lib/widget-kit/state.ts';

const cells = (def: WidgetDefinition, state: Record<string, unknown>, vintage: string | undefined) => renderState(def, state, vintage).table.rows.map((r) => r.map((c) => c.text));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Everything wrong with a widget's released links, in Dutch; empty when the contract holds. */
export function releasedLinkProblems(def: WidgetDefinition, file: ReleasedLinks<Record<string, unknown>>): string[] {
  const { spec } = def;
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${spec.name}: ${text}`);
  const pinned = new Set<string>();

  for (const link of file.links) {
    const where = `${link.query || '(geen parameters)'}${link.page?.basePreset ? ` op ${link.page.basePreset}` : ''}${link.page?.namespace ? ` in ${link.page.namespace}` : ''}`;
    const d = decodeLink(spec, link.query, link.page ?? {});
    if (!sameState(spec.state, d.state, link.state)) say(`${where} opent ${JSON.stringify(d.state)}, uitgebracht als ${JSON.stringify(link.state)}`);
    if (d.notices.length > 0) say(`${where} geeft een melding: ${d.notices.map((n) => n.code).join(', ')}`);
    const v = new URLSearchParams(link.query).get(link.page?.namespace ? `${link.page.namespace}.v` : 'v');
    if (v !== null && Number(v) !== link.version) say(`${where} heeft v=${v} maar staat als versie ${link.version}`);
    if (link.version < 1 || link.version > spec.state.version) say(`${where}: versie ${link.version} is nooit uitgebracht`);
    if (spec.vintages) {
      const vintage = link.vintage ?? spec.vintages.released.at(-1)!.id;
      if (d.vintage?.vintage.id !== vintage) say(`${where} opent datajaargang ${d.vintage?.vintage.id}, uitgebracht met ${vintage}`);
    } else if (link.vintage) say(`${where} noemt een datajaargang, maar de widget heeft er geen`);
    if (link.table === undefined && link.summary === undefined) continue;
    pinned.add(JSON.stringify([link.state, link.vintage]));
    if (link.table && !same(cells(def, link.state, link.vintage), link.table)) say(`${where}: de tabel is ${JSON.stringify(cells(def, link.state, link.vintage))}, uitgebracht als ${JSON.stringify(link.table)}`);
    if (link.summary !== undefined && renderState(def, link.state, link.vintage).summary !== link.summary) say(`${where}: de samenvatting is veranderd`);
  }

  // the numbers of every state (and vintage) the file names are pinned at least once
  for (const link of file.links) {
    if (!pinned.has(JSON.stringify([link.state, link.vintage]))) say(`${link.query || '(geen parameters)'}: de cijfers van ${JSON.stringify(link.state)} staan nergens (table of summary)`);
  }
  // every released version, data vintage and preset has its links
  for (let version = 1; version <= spec.state.version; version++) {
    if (!file.links.some((l) => l.version === version)) say(`geen uitgebrachte link van schemaversie ${version}`);
  }
  for (const vintage of spec.vintages?.released ?? []) {
    if (!file.links.some((l) => l.vintage === vintage.id && (l.table || l.summary !== undefined))) say(`geen uitgebrachte link met cijfers voor datajaargang ${vintage.id}`);
  }
  for (const preset of Object.keys(spec.state.presets)) {
    if (!file.links.some((l) => !l.page && l.query === `?preset=${preset}`)) say(`geen uitgebrachte link ?preset=${preset}`);
  }

  // the links written today: pinned, and each opens its state again
  const newest = spec.vintages?.released.at(-1)?.id;
  for (const w of file.written) {
    const extra = renderState(def, w.state, newest).vintageQuery;
    const share = canonicalStatePath(spec.state, w.state, spec.defaultPreset, extra);
    const embed = embedStatePath(spec.state, w.state, spec.defaultPreset, extra);
    if (share !== w.share) say(`deellink voor ${JSON.stringify(w.state)} is ${share}, vastgelegd als ${w.share}`);
    if (embed !== w.embed) say(`insluitlink voor ${JSON.stringify(w.state)} is ${embed}, vastgelegd als ${w.embed}`);
    for (const path of [w.share, w.embed]) {
      const url = new URL(path, 'https://example.nl');
      const rest = url.pathname.startsWith(widgetPath(spec.name)) ? url.pathname.slice(widgetPath(spec.name).length).replace(/\/$/, '') : '';
      const basePreset = rest && !url.pathname.startsWith(embedPath(spec.name)) ? rest : undefined;
      const back = decodeLink(spec, url.search, { basePreset });
      if (!sameState(spec.state, back.state, w.state) || back.notices.length > 0) say(`${path} opent niet ${JSON.stringify(w.state)} zonder melding`);
    }
  }
  return problems;
}
