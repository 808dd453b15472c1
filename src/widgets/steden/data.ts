// Build-time only: the widget's data per vintage, from content/steden and content/figures (see
// src/lib/steden/resolve.ts). One vintage so far; a later one gets its own case here.
import type { StedenData } from '../../lib/steden/model.ts';
import { loadSteden } from '../../lib/steden/resolve.ts';

export function loadStedenData(vintage: string): StedenData {
  if (vintage !== '2026-12') throw new Error(`steden: onbekende datajaargang "${vintage}"`);
  return loadSteden();
}
