// The gordijnbeweging's words: what the page says around the chart. Build-time only (never in
// the browser bundle). Quotations (<q>) are checked against the source text by verify:sources.
import { sitePath } from '../../lib/site-path.ts';
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';

export const gordijnWords: WidgetWords = {
  heading: 'De gordijnbeweging: wie valt er tussen de gordijnen?',
  description:
    'Interactieve grafiek: hoe de arbeidsmarkt en de overheid meebewegen met de economie, en wie ertussen valt. Met en zonder participatiefonds.',
  lead: 'Wie wordt opgevangen door de arbeidsmarkt, wie door publieke voorzieningen, en wie valt ertussen als de economie draait? Speel met de conjunctuur en het voorgestelde participatiefonds.',
  intro:
    `Hans Rodenburg beschrijft in <a href="${sitePath('/bronnen/#werk-aan-de-winkel')}">‘Werk aan de winkel’</a> twee gordijnen boven de arbeidsmarkt: ` +
    'links vangt de overheid mensen op met publieke voorzieningen, rechts werken mensen voor hun geld. Wie ertussen valt, heeft geen van beide.',
  embedHeight: 1120,
  cardText:
    'Wie wordt opgevangen door de arbeidsmarkt, wie door publieke voorzieningen, en wie valt ertussen als de economie draait? Met en zonder participatiefonds.',
  claims: {
    document: 'werk-aan-de-winkel',
    source: 'Hans Rodenburg, ‘Werk aan de winkel’, hoofdstuk 8 (Wetenschappelijk Bureau GroenLinks).',
    says: [
      'De arbeidsmarkt is ingedeeld naar loonwaarde: links mensen zonder loonwaarde, rechts wie het meest verdient.',
      'Uiterst links werken of participeren mensen via een publieke voorziening; rechts komen de meesten rond van betaald werk.',
      'Daartussen zit een grote groep die werkloos is of van de ene onzekere baan naar de andere gaat.',
      'In hoogconjunctuur <q>trekken beide gordijnen naar binnen</q> en krimpt de kwetsbare groep snel.',
      'In laagconjunctuur gaan ze naar buiten. <q>Over het algemeen besluit de overheid vervolgens te bezuinigen op haar voorzieningen</q>.',
      'Voorstel: <q>na te gaan wat de mogelijkheden zijn</q> voor een landelijk participatiefonds, opgebouwd in goede tijden, dat in slechte tijden de dienstverlening in stand houdt.',
    ],
    assumes: [
      'Alle posities, breedtes en snelheden. De tekst geeft geen cijfers, en de oorspronkelijke figuur staat niet in onze tekstversie.',
      'Dat de gordijnen gelijkmatig meebewegen met de conjunctuur, de markt sterker dan de overheid.',
      'Dat het fonds genoeg gespaard heeft om het publieke gordijn op de normale stand te houden.',
    ],
    doesNotSay: [
      'Het fonds houdt de markt niet tegen: ook met fonds trekt dat gordijn zich terug.',
      'Hoe groot het fonds is en welke regels het heeft, staat niet in de tekst: Rodenburg stelt voor om de mogelijkheden uit te zoeken. Wel vindt hij dat het <q>voor de hand</q> ligt dat overheid en bedrijven het samen betalen.',
      'De overheid is nu niet anticyclisch: volgens de tekst bezuinigt ze juist in slechte tijden.',
    ],
  },
};
