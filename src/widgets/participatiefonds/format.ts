// Numbers as the reader sees them in the participatiefonds widget: Dutch decimal commas, at most
// one decimal, no "-0". Shared by the spec (table, summary) and the view (chart note).
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export const formatNumber = (n: number): string => oneDecimal.format(n + 0);
export const formatSigned = (n: number): string => signed.format(n + 0);
