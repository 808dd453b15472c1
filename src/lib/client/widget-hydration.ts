// Hydrates every widget on the page when it (nearly) scrolls into view: nothing of D3 or of a
// widget's code loads before that. The widget's island is found through src/widgets/islands.ts
// by its data-widget name, so this one script serves every widget. It is all a page loads up
// front: the kit's runtime comes with the island.
import { loadIsland } from '../../widgets/islands.ts';

function start(root: HTMLElement): void {
  const name = root.dataset.widget ?? '';
  void loadIsland(name)?.then((island) => island.hydrate(root));
}

export function observeWidgets(): void {
  const roots = document.querySelectorAll<HTMLElement>('[data-widget]');
  if (!('IntersectionObserver' in window)) {
    roots.forEach(start);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        start(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  roots.forEach((r) => observer.observe(r));
}
