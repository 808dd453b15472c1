// Every widget on the site, in the order the chart index lists them. The routes
// (/grafieken/<name>/, its preset pages, build-time files and /embed/<name>/), the chapters'
// `widgets:` field, the chapter header links, the <Widget> MDX component and the chart index all
// read this list; a new widget is one line here plus its folder (see the README).
// Loading this module validates every spec: an invalid one stops the build with what to fix.
import { assertValidWidgets, type WidgetDefinition } from '../lib/widget-kit/spec.ts';
import { gordijnSpec } from './gordijnbeweging/spec.ts';
import { gordijnWords } from './gordijnbeweging/words.ts';
import { tijdSpec } from './bijstand-in-de-tijd/spec.ts';
import { tijdWords } from './bijstand-in-de-tijd/words.ts';
import { gemeenteSpec } from './bijstand-per-gemeente/spec.ts';
import { gemeenteWords } from './bijstand-per-gemeente/words.ts';
import { klantmanagerSpec } from './klantmanager/spec.ts';
import { klantmanagerWidgetWords } from './klantmanager/words.ts';
import { buigSpec } from './buig-verdeling/spec.ts';
import { buigWidgetWords } from './buig-verdeling/words.ts';
import { budgetSpec } from './budget-in-de-tijd/spec.ts';
import { budgetWidgetWords } from './budget-in-de-tijd/words.ts';
import { fondsSpec } from './participatiefonds/spec.ts';
import { fondsWidgetWords } from './participatiefonds/words.ts';
import { kostendelersSpec } from './kostendelersnorm/spec.ts';
import { kostendelersWidgetWords } from './kostendelersnorm/words.ts';
import { stedenSpec } from './steden/spec.ts';
import { stedenWidgetWords } from './steden/words.ts';

export const WIDGETS: readonly WidgetDefinition[] = [
  { spec: gordijnSpec, words: gordijnWords },
  { spec: tijdSpec, words: tijdWords },
  { spec: gemeenteSpec, words: gemeenteWords },
  { spec: klantmanagerSpec, words: klantmanagerWidgetWords },
  { spec: buigSpec, words: buigWidgetWords },
  { spec: budgetSpec, words: budgetWidgetWords },
  { spec: fondsSpec, words: fondsWidgetWords },
  { spec: kostendelersSpec, words: kostendelersWidgetWords },
  { spec: stedenSpec, words: stedenWidgetWords },
];

assertValidWidgets(WIDGETS);

export const WIDGET_NAMES = WIDGETS.map((w) => w.spec.name) as [string, ...string[]];

export function widgetByName(name: string): WidgetDefinition {
  const found = WIDGETS.find((w) => w.spec.name === name);
  if (!found) throw new Error(`Onbekende widget "${name}"; bekend zijn: ${WIDGET_NAMES.join(', ')} (src/widgets/registry.ts).`);
  return found;
}
