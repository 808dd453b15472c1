// The buig-verdeling widget's words: what the page says around the chart. Build-time only. The
// claims panel's quotations (<q>) are checked against 'Werk aan de winkel' by verify:sources; the
// line numbers ("tekstregels") are those of the bundle's text file (../shared/seeds/002_…txt).
import { sitePath } from '../../lib/site-path.ts';
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';

const VANGNET_2015 = 'https://www.toetsingscommissievp.nl/actueel/nieuws/2015/02/26/verandering-eigen-risico-voor-vangnetuitkering-2015';

export const buigWidgetWords: WidgetWords = {
  heading: 'Hoe wordt het bijstandsbudget verdeeld?',
  description:
    'Interactieve rekenhulp: het bijstandsbudget van één bedachte gemeente onder de huidige verdeling, met vangnet, volledig historisch en het voorstel 80/20 uit ‘Werk aan de winkel’.',
  lead: 'Hoeveel geld voor uitkeringen krijgt een gemeente, en wat houdt ze over als iemand uit de bijstand gaat? Vergelijk vier manieren van verdelen voor één bedachte gemeente.',
  intro:
    `Gemeenten betalen de bijstand uit een budget van het Rijk, het <em>BUIG-budget</em>. Betkó en Rodenburg beschrijven in <a href="${sitePath('/bronnen/#werk-aan-de-winkel')}">‘Werk aan de winkel’</a> hoe dat nu wordt verdeeld, en stellen iets anders voor. ` +
    'Hier zie je de regels naast elkaar voor één bedachte gemeente. Bijna alle getallen zijn aannames die je zelf kunt veranderen.',
  embedHeight: 1480,
  cardText: 'Huidige verdeling, vangnet, volledig historisch of 80/20: wat krijgt één gemeente, en wat houdt ze over als iemand uit de bijstand gaat?',
  claims: {
    document: 'werk-aan-de-winkel',
    source: 'János Betkó en Hans Rodenburg, ‘Werk aan de winkel’, hoofdstuk 7, en hoofdstuk 9 (Wetenschappelijk Bureau GroenLinks, 2019). Tekstregels verwijzen naar de tekstversie van de bundel.',
    says: [
      'Het Rijk stelt elk jaar het macrobudget vast, vooral op basis van de uitgaven van alle gemeenten <q>in het jaar daarvoor</q>. Het budget wordt achteraf <q>niet meer … aangepast aan de daadwerkelijke uitgaven</q> (tekstregels 4014–4019).',
      'Een gemeente krijgt geld <q>voor de uitgaven die ze zouden moeten hebben volgens het verdeelmodel</q> (tekstregels 4024–4026).',
      'Grote gemeenten (boven de 40.000 inwoners) krijgen hun budget op basis van <q>objectieve</q> factoren. Middelgrote (15.000 tot 40.000) deels op die factoren en deels op hun eigen uitgaven <q>van twee jaar eerder</q>. Bij kleine gemeenten is het budget <q>volledig gebaseerd op dit historische aandeel</q> (tekstregels 4042–4052).',
      'Het vangnet: <q>een eigen risico van maximaal 10 procent van het eigen bijstandsbudget</q> (tekstregels 4033–4034). Verderop: wie een tekort heeft van meer dan 12,5 procent, krijgt <q>alle tekorten boven die 12,5 procent vergoed</q> (tekstregels 4136–4137). De vergoeding wordt <q>na twee jaar weer gekort</q> op het budget van alle gemeenten samen (tekstregels 4034–4036).',
      'Een gemeente die investeert maar <q>niet onder die 12,5 procent weet te duiken</q>, <q>ziet daar helemaal niets van terug</q> (tekstregels 4139–4141).',
      'Extra aanvragen, zoals na de asielinstroom van 2015, tellen niet mee <q>in het jaar zelf, maar pas het jaar erna</q>. Gemeenten moeten die kosten <q>altijd voorschieten</q> (tekstregels 4084–4093).',
      'Een uitkering kost een gemeente <q>gemiddeld genomen meer dan 14.000 euro per jaar</q> (tekstregels 4152–4153).',
      'Volledig historisch financieren, op de eigen uitgaven <q>in de twee jaar daarvoor</q>: <q>Dit was namelijk de systematiek tot 2004</q>. Daar is volgens de auteurs <q>geen draagvlak</q> voor (tekstregels 4193–4206).',
      'Hun voorstel: <q>80 procent werkelijke kosten en 20 procent modelmatig</q>. <q>Dit houdt voor gemeenten nog steeds een (forse) financiële prikkel in</q> (tekstregels 4232–4234). Hoofdstuk 9 noemt het <q>een grotendeels historische verdeling met een modelmatig component</q> (tekstregels 4655–4656).',
    ],
    assumes: [
      'De gemeente is bedacht. Het aantal uitkeringen (standaard 1.000 nu en 900 twee jaar eerder), de afwijking van het verdeelmodel, het tekort op het macrobudget en de asielinstroom zijn aannames. Alleen de € 14.000 per uitkering komt uit de tekst.',
      'Middelgroot: de verhouding tussen het historische deel en het deel uit objectieve factoren staat niet in de tekst. Standaard is het half om half (aanname); je kiest het zelf.',
      'Het historische aandeel in het macrobudget rekenen we als de eigen uitgaven van twee jaar eerder. Dat klopt als het aantal uitkeringen in heel Nederland in die twee jaar gelijk bleef.',
      'Een tekort op het macrobudget verlaagt wat via de landelijke verdeling gaat: het hele budget bij de huidige regel, en bij het voorstel alleen het deel van 20 procent. Volledig historisch volgt de eigen uitgaven en heeft geen tekort op het macrobudget.',
      'Volledig historisch lezen we als: de eigen uitgaven van twee jaar eerder. ‘In de twee jaar daarvoor’ kan ook het gemiddelde van de twee vorige jaren betekenen.',
      'Het vangnet rekenen we alleen bij de huidige regel: het betaalt het tekort boven de drempel, de rest is eigen risico. De drempel kies je zelf, 10 of 12,5 procent: de bundel noemt beide (tekstregels 4033–4034 en 4136–4140). De korting na twee jaar deelt de gemeente met alle gemeenten; die rekenen we niet mee.',
      'Bij het voorstel kies je of de 80 procent de kosten van hetzelfde jaar zijn of van twee jaar eerder. Hoofdstuk 7 zegt ‘werkelijke kosten’, hoofdstuk 9 ‘grotendeels historisch’. Dat is jouw keuze, niet die van de bundel.',
      'Wat de gemeente houdt als één persoon uit de bijstand gaat, is onze eigen rekensom (afgeleid, staat niet in de tekst): hoeveel het saldo verandert met één uitkering minder, verder alles gelijk. Het verdeelmodel kijkt naar objectieve factoren, niet naar het eigen aantal uitkeringen, en beweegt dus niet mee.',
      'Extra uitkeringen door asiel zitten niet in de schatting van het verdeelmodel, die vooraf wordt gemaakt. Bij het voorstel met kosten van hetzelfde jaar tellen ze wel mee: zo lezen wij ‘werkelijke kosten’.',
    ],
    doesNotSay: [
      'De bundel geeft geen cijfers van echte gemeenten, alleen het landelijke tekort van 276 miljoen euro in 2017 (tekstregels 4104–4106). Deze gemeente bestaat niet.',
      `De bundel legt het verschil tussen 10 en 12,5 procent niet uit. De echte regel voor 2015 (Staatsblad 2014, 537): vangnet bij een tekort van meer dan 10 procent; die grens zou dalen naar 7,5 procent, met een glijdende schaal (<a href="${VANGNET_2015}">Toetsingscommissie vangnet, februari 2015</a>). Sindsdien is het vangnet nog een paar keer veranderd.`,
      'Hoe ver het verdeelmodel bij een echte gemeente naast zit, staat er niet. Wel noemt de tekst uitschieters die <q>50 procent meer budget</q> krijgen dan ze aan kosten maken (tekstregels 4113–4114).',
      'De tekst rekent de prikkel niet uit. Dat de gemeente bij de huidige regel ongeveer de hele € 14.000 houdt en bij het voorstel ongeveer een vijfde, is onze afleiding.',
      'Hoe het vangnet zou werken bij het voorstel of bij volledig historisch financieren, zegt de bundel niet.',
    ],
  },
};
