// The participatiefonds widget's words: what the page says around the chart. Build-time only.
// Quotations (<q>) are checked against 'Werk aan de winkel' by verify:sources.
import { sitePath } from '../../lib/site-path.ts';
import { widgetPath } from '../../lib/widget-kit/urls.ts';
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';

export const fondsWidgetWords: WidgetWords = {
  heading: 'Een participatiefonds: sparen in goede jaren, dienstverlening in slechte',
  description:
    'Interactieve grafiek: een fonds dat in goede jaren spaart en in slechte jaren de dienstverlening aan werklozen op peil houdt. Met een geschetste cyclus of echte CBS-cijfers.',
  lead: 'Wat doet een fonds dat in goede jaren spaart en in slechte jaren uitgeeft? Kies hoeveel er wordt gespaard en hoeveel de overheid zonder fonds bezuinigt, en zie wanneer het geld op is.',
  intro:
    `Hans Rodenburg stelt in <a href="${sitePath('/bronnen/#werk-aan-de-winkel')}">‘Werk aan de winkel’</a> een landelijk participatiefonds voor. ` +
    'De bundel stelt alleen voor om te onderzoeken of zo’n fonds kan: hoe groot het is en welke regels het heeft, staat er niet in. ' +
    `Daarom is elk percentage hieronder een aanname. De geschetste cyclus is dezelfde als in <a href="${widgetPath('gordijnbeweging')}">de gordijnbeweging</a>.`,
  embedHeight: 1580,
  cardText: 'Een fonds dat in goede jaren spaart en in slechte jaren de dienstverlening op peil houdt, zolang het geld er is. Met een schets of echte CBS-cijfers.',
  claims: {
    document: 'werk-aan-de-winkel',
    source: 'Hans Rodenburg, ‘Werk aan de winkel’, hoofdstuk 8 en 9 (Wetenschappelijk Bureau GroenLinks, 2019).',
    says: [
      'In een laagconjunctuur dalen de belastingopbrengsten. <q>Over het algemeen besluit de overheid vervolgens te bezuinigen op haar voorzieningen</q>. In een hoogconjunctuur gaat ze juist meer investeren.',
      'Voorstel: <q>na te gaan wat de mogelijkheden zijn</q> voor een apart landelijk participatiefonds.',
      'Dat fonds wordt <q>in goede tijden</q> opgebouwd en zorgt er in slechte tijden voor <q>dat de noodzakelijke dienstverlening in stand blijft</q>.',
      'Het fonds vullen kan volgens Rodenburg met <q>het huidige begrotingsoverschot</q>. Hij vindt dat het <q>voor de hand</q> ligt dat de overheid het samen met bedrijven betaalt.',
    ],
    assumes: [
      'Hoeveel er wordt gespaard: standaard 40 procent van een normaal jaarbudget voor dienstverlening in het beste jaar, en naar verhouding minder in minder goede jaren. Een aanname.',
      'Hoe sterk de dienstverlening zonder fonds meebeweegt met de economie: standaard 40 procent omlaag in de diepste crisis en 40 procent omhoog op de top. Dat is even sterk als het publieke gordijn in de gordijnbeweging (van 15 naar 9 punten). Een aanname.',
      'Dat het fonds in slechte jaren betaalt wat de dienstverlening op 100 houdt, zolang er geld is, en dat sparen niet ten koste gaat van de dienstverlening (het geld komt uit het overschot). Het startkapitaal is standaard 0. Aannames.',
      'Welke jaren goed of slecht zijn in de echte reeksen: hoe ver het CBS-cijfer van dat jaar van het gemiddelde over de periode ligt, gedeeld door de grootste afstand. Het slechtste jaar is dan −100. Dit is de methode van deze site, niet van het CBS.',
      'De geschetste cyclus is dezelfde als in de gordijnbeweging: eerst een hoogconjunctuur, dan een crisis, als een golf van acht jaar.',
    ],
    doesNotSay: [
      'De bundel geeft geen omvang, geen regels en geen verdeling van de kosten. Ze stelt alleen voor om te onderzoeken of zo’n fonds kan.',
      'Het fonds houdt de markt niet tegen: ook met fonds verdwijnt er in een crisis werk. Deze grafiek gaat alleen over de dienstverlening.',
      'De overheid spaart nu niet voor slechte tijden: volgens de tekst bezuinigt ze juist dan.',
      'WW-uitkeringen en werklozen hangen ook af van regels en van de bevolking, niet alleen van de economie. Ze zijn hier alleen een maat voor goede en slechte jaren.',
    ],
  },
};
