// The browser parts of the widgets, one lazily loaded chunk per widget, found by folder name
// (src/widgets/<name>/island.ts). The hydration script imports only this map: a page loads the
// code of the widgets it has, when they scroll into view, and nothing else.
import type { Island } from '../lib/client/widget-runtime.ts';

const islands = import.meta.glob<{ default: Island<any, any> }>('./*/island.ts');

export function loadIsland(name: string): Promise<Island<any, any>> | undefined {
  return islands[`./${name}/island.ts`]?.().then((m) => m.default);
}
