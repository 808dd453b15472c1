// The buig-verdeling widget's spec: one hypothetical municipality, its bijstand budget under four
// financing rules side by side (the current model-based rule, the same with the vangnet, fully
// historical financing as until 2004, and the 80/20 proposal of Betkó en Rodenburg), and what the
// municipality keeps when one person leaves the bijstand. The arithmetic is in src/lib/buig/model.ts.
// Runs in the browser too, so it holds no long texts (those are in words.ts).
import * as z from 'zod/mini';
import { choiceField, matchingPreset, numberField, type WidgetStateSpec } from '../../lib/widget-kit/state.ts';
import type { WidgetSpec } from '../../lib/widget-kit/spec.ts';
import { buigUitkomst, grootsteTekort, type BuigUitkomst, type Gemeente, type RegelId, type RegelUitkomst } from '../../lib/buig/model.ts';
import { BRONCIJFERS } from './figures.ts';
import { buigView } from './view.ts';
import { CHART_LICENCE } from '../../lib/site.ts';

export const OMVANGEN = ['klein', 'middelgroot', 'groot'] as const;
export const UITGELICHT = ['alle', 'huidig', 'vangnet', 'historisch', 'voorstel'] as const;
export const DREMPELS = ['10', '12.5'] as const;
export const TIJDBASES = ['zelfde-jaar', 'twee-jaar-eerder'] as const;

export const BESTAND_MIN = 100;
export const BESTAND_MAX = 10000;

export const buigStateSchema = z.strictObject({
  /** the rule the page highlights; all four are always shown */
  regel: z.enum(UITGELICHT),
  omvang: z.enum(OMVANGEN),
  /** benefits now (assumption) */
  nu: z.number().check(z.int(), z.minimum(BESTAND_MIN), z.maximum(BESTAND_MAX), z.multipleOf(50)),
  /** benefits two years ago (assumption) */
  eerder: z.number().check(z.int(), z.minimum(BESTAND_MIN), z.maximum(BESTAND_MAX), z.multipleOf(50)),
  /** € per benefit per year; the bundle: more than 14.000 */
  kosten: z.number().check(z.int(), z.minimum(10000), z.maximum(25000), z.multipleOf(500)),
  /** percent the model's estimate lies above (+) or below (−) the real need (assumption) */
  model: z.number().check(z.int(), z.minimum(-50), z.maximum(50), z.multipleOf(5)),
  /** percent the national macrobudget falls short (assumption) */
  macro: z.number().check(z.int(), z.minimum(0), z.maximum(20)),
  /** extra benefits this year from a 2015-like asylum influx, percent of the caseload (assumption) */
  asiel: z.number().check(z.int(), z.minimum(0), z.maximum(30)),
  /** middelgroot: percent of the budget from own spending two years earlier (not in the text) */
  mix: z.number().check(z.int(), z.minimum(0), z.maximum(100), z.multipleOf(10)),
  /** the vangnet threshold: the bundle gives both */
  drempel: z.enum(DREMPELS),
  /** the proposal's 80 %: costs of the same year or of two years earlier (not in the text) */
  basis: z.enum(TIJDBASES),
});

export type BuigState = z.infer<typeof buigStateSchema>;

const VOORBEELD = {
  omvang: 'middelgroot',
  nu: 1000,
  eerder: 900,
  kosten: BRONCIJFERS.kostenUitkering.value,
  model: 0,
  macro: 0,
  asiel: 0,
  mix: 50,
  drempel: '10',
  basis: 'zelfde-jaar',
} as const;

export const buigState: WidgetStateSpec<BuigState> = {
  name: 'buig-verdeling',
  version: 1,
  schema: buigStateSchema,
  defaults: { regel: 'alle', ...VOORBEELD },
  fields: {
    regel: choiceField('regel', 'uitgelichte regel', UITGELICHT),
    omvang: choiceField('omvang', 'omvang van de gemeente', OMVANGEN),
    nu: numberField('nu', 'uitkeringen nu', BESTAND_MIN, BESTAND_MAX, 50),
    eerder: numberField('eerder', 'uitkeringen twee jaar eerder', BESTAND_MIN, BESTAND_MAX, 50),
    kosten: numberField('kosten', 'kosten per uitkering', 10000, 25000, 500),
    model: numberField('model', 'afwijking van het verdeelmodel', -50, 50, 5),
    macro: numberField('macro', 'tekort op het macrobudget', 0, 20, 1),
    asiel: numberField('asiel', 'extra instroom door asiel', 0, 30, 1),
    mix: numberField('mix', 'historisch deel bij middelgroot', 0, 100, 10),
    drempel: choiceField('drempel', 'drempel van het vangnet', DREMPELS),
    basis: choiceField('basis', 'tijdbasis van de werkelijke kosten', TIJDBASES),
  },
  presets: {
    voorbeeldgemeente: {
      label: 'Voorbeeldgemeente: alle regels naast elkaar',
      description: 'Een middelgrote gemeente met 1.000 uitkeringen nu en 900 twee jaar eerder, € 14.000 per uitkering. Alles behalve de € 14.000 is een aanname.',
      state: { regel: 'alle' },
    },
    'huidige-regel': {
      label: 'Uitgelicht: de huidige regel',
      description: 'Dezelfde gemeente; de huidige verdeling met het verdeelmodel staat voorop.',
      state: { regel: 'huidig' },
    },
    'met-vangnet': {
      label: 'Uitgelicht: de huidige regel met vangnet',
      description: 'Dezelfde gemeente; de huidige regel met het vangnet staat voorop.',
      state: { regel: 'vangnet' },
    },
    'volledig-historisch': {
      label: 'Uitgelicht: volledig historisch (tot 2004)',
      description: 'Dezelfde gemeente; het budget volgt de eigen uitgaven van twee jaar eerder, zoals tot 2004.',
      state: { regel: 'historisch' },
    },
    'voorstel-80-20': {
      label: 'Uitgelicht: het voorstel 80/20',
      description: 'Dezelfde gemeente; het voorstel van Betkó en Rodenburg staat voorop: 80 procent werkelijke kosten, 20 procent verdeelmodel.',
      state: { regel: 'voorstel' },
    },
    'asielschok-2015': {
      label: 'Asielinstroom zoals in 2015',
      description: 'Een grote gemeente krijgt dit jaar 15 procent extra uitkeringen (aanname). Het budget telt die pas het jaar erna mee.',
      state: { regel: 'alle', omvang: 'groot', asiel: 15 },
    },
    'model-zit-ernaast': {
      label: 'Het model zit ernaast: 10 procent te weinig',
      description: 'Een grote gemeente. Het model van het Rijk berekent voor haar 10 procent minder geld dan ze nodig heeft (aanname).',
      state: { regel: 'alle', omvang: 'groot', model: -10 },
    },
  },
  migrations: {},
};

export function gemeenteOf(state: BuigState): Gemeente {
  return {
    omvang: state.omvang,
    nu: state.nu,
    eerder: state.eerder,
    kosten: state.kosten,
    modelAfwijking: state.model,
    macroTekort: state.macro,
    asiel: state.asiel,
    mixHistorisch: state.mix,
    drempel: Number(state.drempel),
    tijdbasis: state.basis,
  };
}

export interface BuigModel extends BuigUitkomst {
  uitgelicht: RegelId | undefined;
  grootsteTekort: RegelUitkomst | undefined;
}

export function buigModel(state: BuigState): BuigModel {
  const uitkomst = buigUitkomst(gemeenteOf(state));
  return { ...uitkomst, uitgelicht: state.regel === 'alle' ? undefined : state.regel, grootsteTekort: grootsteTekort(uitkomst.regels) };
}

// ---- words and numbers as the reader sees them (nl-NL) ----

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });

/** "€ 14.000" (whole euros; no sign: the words say tekort or overschot) */
export function euro(n: number): string {
  return euroFormat.format(Math.abs(Math.round(n)));
}

/** "€ 1,4 mln" (no-break spaces, as Intl puts after the €) from a million, else "€ 700.000" */
export function euroKort(n: number): string {
  const a = Math.abs(n);
  return a >= 999_950 ? `€\u00a0${upToOneDecimal.format(a / 1e6)}\u00a0mln` : euro(a);
}

export function procentText(n: number): string {
  return `${upToOneDecimal.format(n)} procent`;
}

export const REGEL_LABEL: Record<RegelId, string> = {
  huidig: 'Huidig: verdeelmodel',
  vangnet: 'Huidig, met vangnet',
  historisch: 'Volledig historisch (tot 2004)',
  voorstel: 'Voorstel 80/20',
};

/** short names for running text */
export const REGEL_KORT: Record<RegelId, string> = {
  huidig: 'huidige regel',
  vangnet: 'huidige regel met vangnet',
  historisch: 'volledig historisch',
  voorstel: 'voorstel 80/20',
};

export const OMVANG_TEXT: Record<BuigState['omvang'], string> = {
  klein: 'klein (minder dan 15.000 inwoners)',
  middelgroot: 'middelgroot (15.000 tot 40.000 inwoners)',
  groot: 'groot (meer dan 40.000 inwoners)',
};

/** "tekort € 700.000", "overschot € 1,4 mln", "sluitend" */
export function saldoText(saldo: number, kort = false): string {
  if (Math.abs(saldo) < 0.5) return 'sluitend';
  const amount = kort ? euroKort(saldo) : euro(saldo);
  return saldo < 0 ? `tekort ${amount}` : `overschot ${amount}`;
}

/** "−5,3" or "+2,0" or "0,0": the saldo in percent of the budget */
export function saldoProcentText(p: number): string {
  const r = Math.round(p * 10) / 10;
  if (r === 0) return '0,0';
  return `${r < 0 ? '−' : '+'}${oneDecimal.format(Math.abs(r))}`;
}

export function vangnetText(r: RegelUitkomst): string {
  return r.regel === 'vangnet' ? euro(r.vangnet) : 'geen vangnet';
}

/** what the municipality keeps: "€ 14.000", or "€ 0", or "−€ 1.200" should a rule ever make it pay */
export function houdtText(n: number): string {
  return n < -0.5 ? `−${euro(n)}` : euro(n);
}

export const DREMPEL_TEXT: Record<BuigState['drempel'], string> = { '10': '10 procent', '12.5': '12,5 procent' };
export const BASIS_TEXT: Record<BuigState['basis'], string> = {
  'zelfde-jaar': 'kosten van hetzelfde jaar',
  'twee-jaar-eerder': 'kosten van twee jaar eerder',
};

const GEMEENTE_ADJ: Record<BuigState['omvang'], string> = { klein: 'kleine', middelgroot: 'middelgrote', groot: 'grote' };

function gemeenteWords(state: BuigState): string {
  return `${GEMEENTE_ADJ[state.omvang]} gemeente met ${whole.format(state.nu)} uitkeringen nu en ${whole.format(state.eerder)} twee jaar eerder, ${euro(state.kosten)} per uitkering`;
}

/** The live summary: the municipality, the rule with the largest deficit, the incentive under each. */
export function buigSummary(state: BuigState, m: BuigModel): string {
  const parts = [`Een ${gemeenteWords(state)}.`];
  if (m.extraAsiel > 0) parts.push(`Door asiel komen er dit jaar ${whole.format(m.extraAsiel)} uitkeringen bij; het verdeelmodel telt die pas het jaar erna mee.`);
  const worst = m.grootsteTekort;
  parts.push(
    worst
      ? `Het grootste tekort is er bij ${worst.regel === 'huidig' || worst.regel === 'vangnet' ? 'de ' : ''}${REGEL_KORT[worst.regel]}: ${euroKort(worst.saldo)}, ${procentText(Math.abs(Math.round(worst.saldoProcent * 10) / 10))} van het budget.`
      : 'Geen van de regels geeft deze gemeente een tekort.',
  );
  if (m.uitgelicht) {
    const r = m.regels.find((x) => x.regel === m.uitgelicht)!;
    const vangnet = r.regel === 'vangnet' && r.vangnet > 0.5 ? `, het vangnet betaalt ${euroKort(r.vangnet)}` : '';
    parts.push(`Uitgelicht, ${REGEL_KORT[r.regel]}: budget ${euroKort(r.budget)}${vangnet}, ${saldoText(r.saldo, true)}.`);
  }
  const houdt = m.regels.map((r) => `${REGEL_KORT[r.regel]} ${houdtText(r.houdt[0])}`).join(', ');
  parts.push(`Stroomt één persoon uit, dan houdt de gemeente het eerste jaar: ${houdt}. Die rekensom is afgeleid; hij staat niet in de tekst.`);
  return parts.join(' ');
}

// No question mark: the title goes into the citation and file names, where a '?' reads as the start of a query.
export const WIDGET_TITLE = 'Hoe wordt het bijstandsbudget verdeeld';

export function buigTitle(state: BuigState): string {
  const preset = matchingPreset(buigState, state);
  if (preset === 'voorbeeldgemeente') return WIDGET_TITLE;
  if (preset) return `${WIDGET_TITLE} (${buigState.presets[preset]!.label})`;
  return `${WIDGET_TITLE}: ${gemeenteWords(state)}`.replace(/\u00a0/g, ' ');
}

/** The state in words, for downloads and notices: every input, the assumptions named as such (plain spaces: it is also read as text). */
export function buigWords(state: BuigState): string {
  const mix = state.omvang === 'middelgroot' ? `; ${state.mix} procent historisch deel (verhouding: aanname, niet in de tekst)` : '';
  const uitgelicht = state.regel === 'alle' ? '' : `; uitgelicht: ${REGEL_KORT[state.regel]}`;
  const model = state.model === 0 ? 'verdeelmodel precies goed' : `verdeelmodel ${Math.abs(state.model)} procent te ${state.model > 0 ? 'hoog' : 'laag'}`;
  return (
    `${gemeenteWords(state)}; ${model}, macrobudget ${state.macro} procent te laag, ${state.asiel} procent extra door asiel (aannames)${mix}; ` +
    `vangnetdrempel ${DREMPEL_TEXT[state.drempel]}; voorstel op ${BASIS_TEXT[state.basis]}${uitgelicht}`
  ).replace(/\u00a0/g, ' ');
}

export const buigSpec: WidgetSpec<BuigState, BuigModel, RegelUitkomst> = {
  name: 'buig-verdeling',
  title: WIDGET_TITLE,
  kind: 'illustratie',
  state: buigState,
  defaultPreset: 'voorbeeldgemeente',
  model: buigModel,
  view: buigView,
  summary: buigSummary,
  table: {
    caption: (state) => `Budget, uitgaven en saldo onder elke regel voor één bedachte gemeente: ${gemeenteWords(state)} (aannames, behalve de € 14.000 uit de bundel)`,
    rows: (_state, m) => m.regels,
    columns: [
      { header: 'Regel', rowHeader: true, format: (r) => REGEL_LABEL[r.regel] },
      { header: 'Budget', numeric: true, format: (r) => euro(r.budget) },
      { header: 'Uitgaven', numeric: true, format: (r) => euro(r.uitgaven) },
      { header: 'Vangnet', numeric: true, format: vangnetText },
      { header: 'Tekort of overschot', numeric: true, format: (r) => saldoText(r.saldo) },
      { header: 'Saldo in procent van het budget', numeric: true, format: (r) => saldoProcentText(r.saldoProcent) },
      { header: 'Houdt bij één uitstroom, eerste jaar (afgeleid)', numeric: true, format: (r) => houdtText(r.houdt[0]) },
      { header: 'Houdt bij één uitstroom, drie jaar samen (afgeleid)', numeric: true, format: (r) => houdtText(r.houdtDrieJaar) },
    ],
  },
  stateTitle: buigTitle,
  stateWords: buigWords,
  source:
    'Regels uit ‘Werk aan de winkel’ (Wetenschappelijk Bureau GroenLinks, 2019), hoofdstuk 7 van János Betkó en Hans Rodenburg; € 14.000 per uitkering uit dezelfde tekst. De gemeente en alle andere getallen zijn aannames van deze site.',
  unit: 'euro per jaar voor één bedachte gemeente (berekend met aannames)',
  licence: CHART_LICENCE,
};
