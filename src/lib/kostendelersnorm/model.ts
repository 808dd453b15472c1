// The kostendelersnorm of the Participatiewet (artikel 22a), as percentages of the norm for
// married people (de gehuwdennorm, artikel 21 onderdeel b). Pure arithmetic, no DOM, no euros.
//
// The law: for someone of 21 or older who shares the home with one or more kostendelende
// medebewoners, the norm per person is (40% + A × 30%) / A of the gehuwdennorm, where A counts
// the kostendelende medebewoners plus the person and a spouse. Since 1 January 2023 a housemate
// counts from the age of 27 (artikel 19a; Stb. 2022, 499 and 500); before that from 21.
// With A = 1 (nobody else counts) the formula gives 70 %, the norm of an alleenstaande; a
// married couple with nobody else gets 50 % each, 100 % together: the gehuwdennorm itself.

/** The constant part and the part per person of the formula, in percent of the gehuwdennorm. */
export const BASE_PERCENT = 40;
export const PER_PERSON_PERCENT = 30;

/** The age from which a housemate counts: since 1 January 2023, and before. */
export const AGE_SINCE_2023 = 27;
export const AGE_BEFORE_2023 = 21;

export type Huishouden = 'alleenstaand' | 'gehuwd';

/** The norm per person, in percent of the gehuwdennorm, when A people count (A ≥ 1). */
export function percentPerPerson(a: number): number {
  if (!Number.isInteger(a) || a < 1) throw new RangeError(`A moet een geheel getal van minstens 1 zijn, niet ${a}`);
  return (BASE_PERCENT + a * PER_PERSON_PERCENT) / a;
}

/** What A people who all receive bijstand get together, in percent of one gehuwdennorm. */
export function percentTogether(a: number): number {
  return percentPerPerson(a) * a;
}

/** How many people count (A): the reader, a spouse, and the housemates who count. */
export function countingPeople(huishouden: Huishouden, housemates: number): number {
  return (huishouden === 'gehuwd' ? 2 : 1) + housemates;
}

export interface NormOutcome {
  /** A: the people who count, the reader (and spouse) included */
  a: number;
  /** the norm per person, percent of the gehuwdennorm */
  perPerson: number;
  /** the reader's household: per person for a single person, both together for a couple */
  household: number;
}

export function outcome(huishouden: Huishouden, housemates: number): NormOutcome {
  const a = countingPeople(huishouden, housemates);
  const perPerson = percentPerPerson(a);
  return { a, perPerson, household: huishouden === 'gehuwd' ? perPerson * 2 : perPerson };
}

const percent = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** "70", "43,33", "35,71": two decimals at most, as municipalities print the kostendelersnorm. */
export function formatPercent(value: number): string {
  return percent.format(Math.round(value * 100) / 100);
}

/** The widget's rows: 1 to 10 people who count. */
export const MAX_A = 10;
