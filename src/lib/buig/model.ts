// The arithmetic of the buig-verdeling widget: how one hypothetical municipality's bijstand budget
// (BUIG) comes out under each financing rule that 'Werk aan de winkel' (ch. 7, Betkó en Rodenburg)
// describes or proposes, and what the municipality keeps when one person leaves the bijstand.
// Pure: no DOM, no formatting. Every rule is a small formula of three bases (spending this year,
// spending two years earlier, the distribution model's estimate), so that the incentive is the same
// formula with one benefit less. tests/unit/buig-model.test.ts checks each rule against hand-worked
// examples.
//
// Readings this module makes where the bundle leaves a choice (the widget says so on screen):
// - middelgroot: the split between the historical and the objective part is not in the text; the
//   reader sets it (`mixHistorisch`).
// - a historical *share* of the macrobudget equals the municipality's own spending two years
//   earlier, as if the national caseload stayed the same in those two years.
// - the macrobudget shortfall scales whatever is divided by the national key: the whole budget under
//   the current rule, and only the model part (20 %) under the proposal. The fully historical rule
//   follows own spending and has no shortfall.
// - 'volledig historisch' = own spending two years earlier (not the mean of the two previous years).
// - the vangnet is an overlay on the current rule only: the text describes it for that rule.

export type Omvang = 'klein' | 'middelgroot' | 'groot';
export type RegelId = 'huidig' | 'vangnet' | 'historisch' | 'voorstel';
/** the time base of the 80 % in the proposal: costs of the same year, or of two years earlier */
export type Tijdbasis = 'zelfde-jaar' | 'twee-jaar-eerder';

export const REGEL_IDS: readonly RegelId[] = ['huidig', 'vangnet', 'historisch', 'voorstel'];

/** ch. 7, L4232–4233: "80 procent werkelijke kosten en 20 procent modelmatig" (figure records wadw7-voorstel-*) */
export const VOORSTEL_WERKELIJK = 80;
export const VOORSTEL_MODEL = 20;

export interface Gemeente {
  omvang: Omvang;
  /** benefits this year, before any asylum shock */
  nu: number;
  /** benefits two years earlier */
  eerder: number;
  /** € a year per benefit */
  kosten: number;
  /** percent: how much the model's estimate lies above (+) or below (−) the real need */
  modelAfwijking: number;
  /** percent by which the national macrobudget falls short */
  macroTekort: number;
  /** percent of extra benefits this year from a 2015-like asylum influx, counted only the year after */
  asiel: number;
  /** percent of a middelgroot municipality's budget from its own spending two years earlier */
  mixHistorisch: number;
  /** vangnet: the deficit above this percent of the own budget is paid */
  drempel: number;
  tijdbasis: Tijdbasis;
}

/** The three amounts every rule is made of. */
export interface Bases {
  /** spending this year */
  uitgaven: number;
  /** spending two years earlier */
  uitgavenEerder: number;
  /** the model's estimate of this year's need, made in advance (no asylum shock in it) */
  modelBedrag: number;
}

export interface RegelUitkomst {
  regel: RegelId;
  /** the budget the rule gives, before any vangnet */
  budget: number;
  /** paid by the vangnet (only the current rule with vangnet) */
  vangnet: number;
  uitgaven: number;
  /** budget + vangnet − spending: positive is a surplus, negative a deficit */
  saldo: number;
  /** saldo as percent of the budget */
  saldoProcent: number;
  /** what the municipality keeps in years 1, 2 and 3 when one person leaves the bijstand in year 1 */
  houdt: [number, number, number];
  /** the three years together */
  houdtDrieJaar: number;
}

export interface BuigUitkomst {
  bases: Bases;
  /** extra benefits from the asylum shock this year */
  extraAsiel: number;
  /** the share (0–1) of the current-rule budget that follows own spending two years earlier */
  historischDeel: number;
  /** the factor the macrobudget shortfall leaves (1 − shortfall) */
  macroFactor: number;
  regels: RegelUitkomst[];
}

/** Klein: all historical; groot: all objective factors; middelgroot: the reader's mix (ch. 7, L4042–4052). */
export function historischDeel(omvang: Omvang, mixHistorisch: number): number {
  if (omvang === 'klein') return 1;
  if (omvang === 'groot') return 0;
  return mixHistorisch / 100;
}

export function basesOf(g: Gemeente): Bases & { extraAsiel: number } {
  const extraAsiel = Math.round((g.nu * g.asiel) / 100);
  return {
    extraAsiel,
    uitgaven: (g.nu + extraAsiel) * g.kosten,
    uitgavenEerder: g.eerder * g.kosten,
    modelBedrag: g.nu * g.kosten * (1 + g.modelAfwijking / 100),
  };
}

/** The budget each rule gives for these bases (the vangnet rule: the current budget, before the vangnet). */
export function regelBudget(regel: RegelId, b: Bases, g: Gemeente): number {
  const f = 1 - g.macroTekort / 100;
  switch (regel) {
    case 'huidig':
    case 'vangnet': {
      const h = historischDeel(g.omvang, g.mixHistorisch);
      return f * ((1 - h) * b.modelBedrag + h * b.uitgavenEerder);
    }
    case 'historisch':
      return b.uitgavenEerder;
    case 'voorstel': {
      const werkelijk = g.tijdbasis === 'zelfde-jaar' ? b.uitgaven : b.uitgavenEerder;
      return (VOORSTEL_WERKELIJK / 100) * werkelijk + (VOORSTEL_MODEL / 100) * f * b.modelBedrag;
    }
  }
}

/** The vangnet pays the deficit above the threshold (a percent of the own budget): the eigen risico stays. */
export function vangnetUitkering(budget: number, uitgaven: number, drempelProcent: number): number {
  return Math.max(0, uitgaven - budget - (drempelProcent / 100) * budget);
}

function saldoOf(regel: RegelId, b: Bases, g: Gemeente): { budget: number; vangnet: number; saldo: number } {
  const budget = regelBudget(regel, b, g);
  const vangnet = regel === 'vangnet' ? vangnetUitkering(budget, b.uitgaven, g.drempel) : 0;
  return { budget, vangnet, saldo: budget + vangnet - b.uitgaven };
}

/**
 * What the municipality keeps when one person leaves the bijstand at the start of year 1 and stays
 * out: the change in its saldo in each of three years, all else as in year 1. In years 1 and 2 the
 * spending (and a same-year cost base) is one benefit lower; from year 3 the base 'two years
 * earlier' is too. The model's estimate rests on objective factors, not on the own caseload, so it
 * does not move. A derivation: the text gives none of these numbers.
 */
export function houdtBijUitstroom(regel: RegelId, b: Bases, g: Gemeente): [number, number, number] {
  const k = g.kosten;
  const voor = saldoOf(regel, b, g).saldo;
  const jaar12 = saldoOf(regel, { ...b, uitgaven: b.uitgaven - k }, g).saldo - voor;
  const jaar3 = saldoOf(regel, { ...b, uitgaven: b.uitgaven - k, uitgavenEerder: b.uitgavenEerder - k }, g).saldo - voor;
  return [jaar12, jaar12, jaar3];
}

export function buigUitkomst(g: Gemeente): BuigUitkomst {
  const { extraAsiel, ...bases } = basesOf(g);
  const regels = REGEL_IDS.map((regel): RegelUitkomst => {
    const { budget, vangnet, saldo } = saldoOf(regel, bases, g);
    const houdt = houdtBijUitstroom(regel, bases, g);
    return {
      regel,
      budget,
      vangnet,
      uitgaven: bases.uitgaven,
      saldo,
      saldoProcent: (saldo / budget) * 100,
      houdt,
      houdtDrieJaar: houdt[0] + houdt[1] + houdt[2],
    };
  });
  return {
    bases,
    extraAsiel,
    historischDeel: historischDeel(g.omvang, g.mixHistorisch),
    macroFactor: 1 - g.macroTekort / 100,
    regels,
  };
}

/** The rule with the largest deficit (most negative saldo), or undefined when no rule has a deficit. */
export function grootsteTekort(regels: readonly RegelUitkomst[]): RegelUitkomst | undefined {
  let worst: RegelUitkomst | undefined;
  for (const r of regels) if (r.saldo < -0.5 && (!worst || r.saldo < worst.saldo)) worst = r;
  return worst;
}
