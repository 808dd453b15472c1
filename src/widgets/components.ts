// The Astro parts of each widget, found by folder name: `Controls.astro` (required: the inputs
// the reader works) and `Extras.astro` (optional: what the widget's own page shows under the
// chart). Build-time only. Each registered widget must also have an `island.ts` (the browser
// part, loaded lazily through src/widgets/islands.ts); this module checks that too, so a missing
// file fails the build with its name instead of a blank widget.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { WIDGET_NAMES } from './registry.ts';

const controls = import.meta.glob<{ default: AstroComponentFactory }>('./*/Controls.astro', { eager: true });
const extras = import.meta.glob<{ default: AstroComponentFactory }>('./*/Extras.astro', { eager: true });
const islands = import.meta.glob('./*/island.ts');
// A widget's own CSS (optional `widget.css`), as text: the kit inlines it only on pages that show
// the widget. A <style> in a widget's .astro file would not do: the chapter route imports every
// widget's parts (this module), so Astro would put every widget's CSS into every chapter page,
// with or without a widget, and each widget added would make all of them heavier.
const styles = import.meta.glob<string>('./*/widget.css', { query: '?raw', import: 'default', eager: true });

for (const name of WIDGET_NAMES) {
  const missing = [
    !(`./${name}/Controls.astro` in controls) && `./${name}/Controls.astro`,
    !(`./${name}/island.ts` in islands) && `./${name}/island.ts`,
  ].filter((f): f is string => Boolean(f));
  if (missing.length > 0) throw new Error(`Widget "${name}" mist ${missing.map((f) => `src/widgets/${f.slice(2)}`).join(' en ')}.`);
}

export function widgetComponents(name: string): { Controls: AstroComponentFactory; Extras: AstroComponentFactory | undefined } {
  const Controls = controls[`./${name}/Controls.astro`]?.default;
  if (!Controls) throw new Error(`Widget "${name}" mist src/widgets/${name}/Controls.astro.`);
  return { Controls, Extras: extras[`./${name}/Extras.astro`]?.default };
}

/**
 * The widget's own CSS for one inline <style>, or undefined when it has none. Comments and
 * indentation are dropped (Vite's ?raw import leaves the file as written); nothing else is
 * rewritten, so a rule keeps exactly the meaning it has in the file.
 */
export function widgetCss(name: string): string | undefined {
  const css = styles[`./${name}/widget.css`];
  if (css === undefined) return undefined;
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
