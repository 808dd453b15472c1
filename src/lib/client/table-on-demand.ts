// A chart's long table, fetched when the reader opens it: the <details> under a static line chart
// whose table lives on a page of its own (StaticLineChart's tableHref). The page is fetched, read
// with DOMParser (nothing in it runs) and its [data-dataset-table] is shown in place, under the
// link to that page, which is all a reader without JavaScript gets.

/** Loads the table into the details the first time it opens; a failed load is tried again on the next. */
export function showTableOnOpen(details: HTMLDetailsElement): void {
  let loading: Promise<void> | undefined;
  const status = details.querySelector<HTMLElement>('[data-table-status]');
  details.addEventListener('toggle', () => {
    if (!details.open || loading) return;
    const href = details.dataset.tableFrom ?? '';
    if (status) status.textContent = 'De tabel wordt geladen…';
    loading = fetch(href)
      .then((r) => {
        if (!r.ok) throw new Error(`${href}: ${r.status}`);
        return r.text();
      })
      .then((html) => {
        // Only the page's <main>: its <head> has an inline <style> that this page's CSP does not
        // allow, and Chromium reports a violation even for a style in a DOMParser document.
        const start = html.indexOf('<main');
        const end = html.indexOf('</main>');
        const main = start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
        const table = new DOMParser().parseFromString(main, 'text/html').querySelector('[data-dataset-table]');
        if (!table) throw new Error(`${href}: geen tabel`);
        (status ?? details).after(document.importNode(table, true));
        if (status) status.textContent = '';
      })
      .catch(() => {
        loading = undefined;
        if (status) status.textContent = 'De tabel laden lukte niet; open hem met de link hierboven.';
      });
  });
}
