// The participatiefonds in the built site: every page that shows it links the chosen year to a
// gordijnbeweging page that exists and opens that year's state, and the gordijnbeweging's page
// links back to the fund widget (where its static fund sketch used to be).
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath } from '../helpers/dist.ts';
import { fondsModel, fondsState } from '../../src/widgets/participatiefonds/spec.ts';
import { presetState } from '../../src/lib/widget-kit/state.ts';
import { presetPagePath, widgetPath } from '../../src/lib/widget-kit/urls.ts';

const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path)!;

describe('participatiefonds and gordijnbeweging link to each other in the built site', () => {
  for (const preset of Object.keys(fondsState.presets)) {
    it(`${preset}: the link to the gordijnbeweging opens the chosen year`, () => {
      const p = page(presetPagePath('participatiefonds', preset, 'schets'));
      expect(p, preset).toBeDefined();
      const href = p.document.querySelector('[data-widget="participatiefonds"] [data-gordijn-link]')!.getAttribute('href')!;
      expect(href).toBe(fondsModel(presetState(fondsState, preset)!).gordijnHref);
      expect(fileForPath(href), href).toBeDefined();
    });
  }

  it('the gordijnbeweging page links to the fund widget and no longer draws the static sketch', () => {
    const p = page(widgetPath('gordijnbeweging'));
    const links = [...p.document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(widgetPath('participatiefonds'));
    expect(p.document.body.textContent).not.toContain('Eén conjunctuurcyclus, schematisch');
  });
});
