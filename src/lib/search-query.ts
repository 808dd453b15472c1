// The search page's state in the URL: ?q=<term>. Read defensively: any query string gives a
// plain string (never markup; the value only goes into an input's .value).
export const MAX_QUERY_LENGTH = 200;

export function readQuery(search: string): string {
  const q = new URLSearchParams(search).get('q') ?? '';
  return q.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

export function writeQuery(pathname: string, term: string): string {
  const trimmed = term.trim();
  if (!trimmed) return pathname;
  const params = new URLSearchParams({ q: trimmed.slice(0, MAX_QUERY_LENGTH) });
  return `${pathname}?${params.toString()}`;
}
