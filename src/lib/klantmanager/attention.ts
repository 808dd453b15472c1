// What a caseload leaves per client: the klantmanager's hours for client contact, shared out
// over the clients. Pure arithmetic, no DOM. The inputs other than the caseload are assumptions
// the reader can change (the documents give caseloads, not hours); the widget says so.

export interface WorkAssumptions {
  /** hours a klantmanager works in a year */
  hoursPerYear: number;
  /** share of those hours spent with or for clients (conversations, calls, their file), in percent */
  contactPercent: number;
  /** minutes one conversation takes, preparation and notes included */
  conversationMinutes: number;
}

/** Minutes of client contact a klantmanager has in a year. */
export function contactMinutesPerYear(a: WorkAssumptions): number {
  return (a.hoursPerYear * 60 * a.contactPercent) / 100;
}

/** Average minutes of attention per client per calendar month. */
export function minutesPerClientPerMonth(caseload: number, a: WorkAssumptions): number {
  return contactMinutesPerYear(a) / caseload / 12;
}

/** How many conversations of the assumed length each client can have in a year. */
export function conversationsPerClientPerYear(caseload: number, a: WorkAssumptions): number {
  return contactMinutesPerYear(a) / a.conversationMinutes / caseload;
}

const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** Minutes as the reader sees them: whole minutes from 10 up, one decimal below ("8,2"). */
export function formatMinutes(minutes: number): string {
  return minutes >= 10 ? whole.format(minutes) : oneDecimal.format(minutes);
}

/** Conversations per year, one decimal ("3,8"). */
export function formatPerYear(perYear: number): string {
  return oneDecimal.format(perYear);
}

/**
 * How often a conversation fits, in words a reader uses: "ongeveer 2 keer per maand", "eens per
 * 3 weken", "eens per 3 maanden", "eens per 1,5 jaar". Weeks below two months, because "eens per
 * 1,3 maanden" is hard to picture.
 */
export function frequencyText(perYear: number): string {
  if (!(perYear > 0)) return 'nooit';
  if (perYear >= 12) return `ongeveer ${oneDecimal.format(perYear / 12)} keer per maand`;
  const months = 12 / perYear;
  if (months < 2) {
    const weeks = Math.round(52 / perYear);
    return weeks <= 1 ? 'ongeveer eens per week' : `eens per ${weeks} weken`;
  }
  if (months <= 12) {
    const m = Math.round(months);
    return m === 12 ? 'eens per jaar' : `eens per ${m} maanden`;
  }
  const years = 1 / perYear;
  return `eens per ${oneDecimal.format(years)} jaar`;
}
