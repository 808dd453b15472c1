// Build-time: turns the cells of content/steden/*.yaml into the data the widget shows. Each
// {figure-id} becomes the figure as the site prints it, with the figure record's own source (for a
// figure we computed, the sources of its inputs). Pure given its inputs; `loadSteden` reads the
// project's files.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { projectPath } from '../project-root.ts';
import { readYamlLists } from '../yaml-lists.ts';
import { figureSchema, formatFigure, formatFigureNumber, type Figure } from '../figures.ts';
import { ASPECTEN, type Bron, type ResolvedCell, type ResolvedCity, type ResolvedStatement, type StedenData } from './model.ts';
import { crossCheckSteden, figureRefs, stedenFileSchema, type StedenCell, type StedenCity } from './schema.ts';

/** The number part of a figure for a chart label: "25-30" of "25-30 cliënten per begeleider". */
export function shortNumber(f: Figure): string {
  if (!f.display) return formatFigureNumber(f);
  const m = /\d[\d.,]*(?:\s*(?:-|–|tot)\s*\d[\d.,]*)?/.exec(f.display);
  return m ? m[0].replace(/\s*(-|–)\s*/, '–') : f.display;
}

function figureSources(f: Figure, byId: Map<string, Figure>): Bron[] {
  if (f.source.type === 'document') {
    return [{ document: f.source.document, section: f.source.section, lines: f.source.lines, snippet: f.source.snippet, figure: f.id }];
  }
  if (f.source.type === 'computed') {
    return f.source.inputs.flatMap((id) => {
      const input = byId.get(id);
      return input ? figureSources(input, byId).map((b) => ({ ...b, figure: f.id, computed: true })) : [];
    });
  }
  throw new Error(`steden: cijfer "${f.id}" komt niet uit een van de stukken`);
}

export function resolveCell(cell: StedenCell, city: StedenCity, byId: Map<string, Figure>): ResolvedCell {
  if (cell.status === 'niet vermeld') return { status: cell.status, statements: [], ...(cell.note ? { note: cell.note } : {}) };
  const statements: ResolvedStatement[] = cell.statements.map((s) => {
    const refs = figureRefs(s.text).map((id) => {
      const f = byId.get(id);
      if (!f) throw new Error(`steden: ${city.id}: cijfer "${id}" staat niet in content/figures`);
      return f;
    });
    const text = s.text.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => formatFigure(byId.get(id)!));
    const own: Bron[] = s.source ? [{ document: s.source.document ?? city.document, section: s.source.section, lines: s.source.lines, snippet: s.source.snippet }] : [];
    return {
      text,
      numbers: refs.map((f) => ({ figure: f.id, value: f.value, short: shortNumber(f) })),
      sources: [...own, ...refs.flatMap((f) => figureSources(f, byId))],
    };
  });
  return { status: cell.status, statements };
}

export function resolveSteden(cities: StedenCity[], figures: Figure[], titles: Record<string, { title: string; shortTitle: string }>): StedenData {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return {
    cities: cities.map(
      (city): ResolvedCity => ({
        id: city.id,
        name: city.name,
        short: city.short ?? city.name,
        document: city.document,
        documentTitle: titles[city.document]?.title ?? city.document,
        documentShortTitle: titles[city.document]?.shortTitle ?? city.document,
        page: city.page,
        group: city.group,
        period: city.period,
        cells: Object.fromEntries(ASPECTEN.map((a) => [a, resolveCell(city.cells[a], city, byId)])) as ResolvedCity['cells'],
      }),
    ),
  };
}

/** The cells as written, validated (build-time). */
export function readStedenCities(): StedenCity[] {
  const raw = readYamlLists(projectPath('content', 'steden')).map(({ file: _file, ...rest }) => rest);
  return stedenFileSchema.parse(raw);
}

export function readFigures(): Figure[] {
  return readYamlLists(projectPath('content', 'figures')).map(({ file: _file, ...rest }) => figureSchema.parse(rest));
}

export function documentTitles(): Record<string, { title: string; shortTitle: string }> {
  const sources = parse(readFileSync(projectPath('content', 'sources.yaml'), 'utf8')) as { id: string; title: string; shortTitle?: string }[];
  return Object.fromEntries(sources.map((s) => [s.id, { title: s.title, shortTitle: s.shortTitle ?? s.title }]));
}

let cached: StedenData | undefined;

/** The widget's data, checked across files: fails the build with what to fix. */
export function loadSteden(): StedenData {
  if (cached) return cached;
  const cities = readStedenCities();
  const figures = readFigures();
  const titles = documentTitles();
  const problems = crossCheckSteden({ cities, figureIds: new Set(figures.map((f) => f.id)), documentIds: new Set(Object.keys(titles)) });
  if (problems.length > 0) throw new Error(`content/steden klopt niet:\n- ${problems.join('\n- ')}`);
  cached = resolveSteden(cities, figures, titles);
  return cached;
}
