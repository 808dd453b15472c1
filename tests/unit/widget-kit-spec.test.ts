// An invalid widget spec must stop the build with a message that says what to fix. Each case
// breaks a copy of the gordijnbeweging's definition in one way.
import { describe, expect, it } from 'vitest';
import { assertValidWidgets, validateWidget, type WidgetDefinition } from '../../src/lib/widget-kit/spec.ts';
import { numberField } from '../../src/lib/widget-kit/state.ts';
import { gordijnSpec } from '../../src/widgets/gordijnbeweging/spec.ts';
import { gordijnWords } from '../../src/widgets/gordijnbeweging/words.ts';

const good: WidgetDefinition = { spec: gordijnSpec, words: gordijnWords };
function broken(change: (d: { spec: any; words: any }) => void): string[] {
  const copy = { spec: { ...gordijnSpec, state: { ...gordijnSpec.state, presets: { ...gordijnSpec.state.presets }, fields: { ...gordijnSpec.state.fields } }, table: { ...gordijnSpec.table, columns: [...gordijnSpec.table.columns] } }, words: { ...gordijnWords } };
  change(copy);
  return validateWidget(copy as WidgetDefinition);
}

describe('widget spec validation', () => {
  it('accepts the gordijnbeweging as it is', () => {
    expect(validateWidget(good)).toEqual([]);
    expect(() => assertValidWidgets([good])).not.toThrow();
  });
  it('refuses a preset that does not parse', () => {
    expect(broken((d) => (d.spec.state.presets.kapot = { label: 'Kapot', description: 'x', state: { conjunctuur: 7 } }))).toEqual([
      'widget "gordijnbeweging": voorinstelling "kapot" voldoet niet aan het schema',
    ]);
  });
  it('refuses a preset named like a file route', () => {
    expect(broken((d) => (d.spec.state.presets.bestanden = { label: 'Bestanden', description: 'x', state: { conjunctuur: 50 } })).join()).toMatch(
      /voorinstelling "bestanden" heeft dezelfde naam als een route/,
    );
  });
  it('refuses duplicate CSV headers', () => {
    expect(broken((d) => d.spec.table.columns.push({ ...d.spec.table.columns[1] })).join()).toMatch(/kolomkop "Van" komt twee keer voor/);
  });
  it('refuses two presets with the same state, and a default preset that is not the defaults', () => {
    expect(broken((d) => (d.spec.state.presets.crisis = { label: 'Crisis', description: 'x', state: { conjunctuur: -100 } })).join()).toMatch(/"crisis" en "crisis-zonder-fonds" zijn dezelfde stand/);
    expect(broken((d) => (d.spec.defaultPreset = 'hoogconjunctuur')).join()).toMatch(/niet gelijk aan de standaardwaarden/);
  });
  it('refuses a parameter the kit uses itself, or with a dot in it', () => {
    expect(broken((d) => (d.spec.state.fields.conjunctuur = numberField('v', 'x', -100, 100, 5))).join()).toMatch(/parameter "v" is van de kit zelf/);
    expect(broken((d) => (d.spec.state.fields.conjunctuur = numberField('a.b', 'x', -100, 100, 5))).join()).toMatch(/een punt scheidt de namespace/);
  });
  it('refuses a missing migration, an illustration without claims and a data widget without vintages', () => {
    expect(broken((d) => (d.spec.state = { ...d.spec.state, version: 2 })).join()).toMatch(/migratie van versie 1 naar 2 ontbreekt/);
    expect(broken((d) => delete d.words.claims).join()).toMatch(/wat de tekst zegt, wat ze aanneemt/);
    expect(broken((d) => (d.spec.kind = 'data')).join()).toMatch(/datajaargangen/);
  });
  it('refuses a quotation over 30 words in the claims', () => {
    const long = `<q>${'woord '.repeat(31).trim()}</q>`;
    expect(broken((d) => (d.words.claims = { ...d.words.claims, says: [long] })).join()).toMatch(/citaat langer dan 30 woorden/);
  });
  it('throws one error naming every problem, and two widgets with one name', () => {
    expect(() => assertValidWidgets([good, good])).toThrow(/twee widgets heten "gordijnbeweging"/);
  });
});
