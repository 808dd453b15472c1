// The kostendelersnorm widget's words: what the page says around the chart. Build-time only.
// The claims are about the law, not about one of the five documents (none of them mentions the
// kostendelersnorm), so the panel quotes nothing; `document` names the bundle only because the
// kit checks every <q> against a document's text and this panel has none.
import { sitePath } from '../../lib/site-path.ts';
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';

export const kostendelersWidgetWords: WidgetWords = {
  heading: 'Kostendelersnorm: hoeveel bijstand per persoon als je een huis deelt?',
  description:
    'Rekenhulp: de bijstandsnorm per persoon in procenten van de gehuwdennorm, als je een huis deelt met andere volwassenen. Met de regel van nu (huisgenoten vanaf 27 jaar) en die van vóór 2023 (vanaf 21 jaar).',
  lead: 'Woon je met andere volwassenen in één huis, dan krijgt ieder een lagere bijstandsnorm. Kies je huishouden en je huisgenoten, en zie hoeveel procent van de gehuwdennorm dat is.',
  intro:
    'De Participatiewet rekent de norm voor wie een huis deelt met een formule: hoe meer volwassenen er meetellen, hoe lager de norm per persoon. ' +
    'Wij tonen procenten van de norm voor gehuwden, geen bedragen. ' +
    `Waar je de bedragen van nu vindt, staat in <a href="${sitePath('/hoofdstukken/hoe-hoog/')}">Hoe hoog is de bijstand?</a>`,
  embedHeight: 1380,
  cardText: 'Hoeveel procent van de gehuwdennorm krijg je als je een huis deelt met één, twee of drie volwassenen? De formule van de wet, nu en vóór 2023.',
  claims: {
    document: 'werk-aan-de-winkel',
    source:
      'Participatiewet, artikel 19a, 21 en 22a (wetten.overheid.nl, BWBR0015703), en de wet ‘uitvoeren breed offensief’ (Staatsblad 2022, 499; in werking voor dit deel op 1 januari 2023, Staatsblad 2022, 500).',
    says: [
      'Wie 21 jaar of ouder is en een woning deelt met andere volwassenen die meetellen, krijgt de kostendelersnorm: (40 % + A × 30 %) / A van de norm voor gehuwden. A is het aantal mensen dat meetelt, jijzelf (en je partner) meegerekend (artikel 22a).',
      'Sinds 1 januari 2023 telt een huisgenoot pas mee vanaf 27 jaar. Daarvoor was dat 21 jaar.',
      'Als huisgenoot tellen niet mee: wie jonger is dan 27, een student die studiefinanciering kan krijgen, iemand in de beroepsbegeleidende leerweg, en een huurder of kostganger die geen familie is en met een schriftelijk contract een commerciële prijs betaalt. Je partner telt wel mee, als deel van jouw huishouden.',
      'Zonder huisgenoten die meetellen, krijgt een alleenstaande of alleenstaande ouder 70 procent van de gehuwdennorm; een echtpaar samen 100 procent.',
    ],
    assumes: [
      'Dat jij (en je partner) 21 jaar of ouder bent en de AOW-leeftijd nog niet hebt. Voor jongeren en voor mensen met AOW gelden andere normen.',
      'Dat de huisgenoten die je kiest echt meetellen: dat ze geen student zijn, geen commerciële huur betalen en niet je partner zijn.',
      'Dat de gemeente de norm niet verlaagt of verhoogt om iemands situatie. De rekenhulp toont de norm van de wet, niet wat een gemeente besluit.',
    ],
    doesNotSay: [
      'Geen bedragen in euro’s. De normen veranderen elk half jaar; kijk voor de bedragen van nu bij de Rijksoverheid of je gemeente.',
      'Niets over toeslagen (zoals huurtoeslag en zorgtoeslag), kindgebonden budget of bijzondere bijstand. Die komen er los bij of staan er los van.',
      'Niets over je eigen inkomen of vermogen. Wie inkomen heeft, krijgt minder bijstand of geen. Of je recht hebt, beslist de gemeente.',
      'Wat de kostendelersnorm voor jou betekent. Dit is uitleg, geen advies: vraag het je gemeente of Het Juridisch Loket.',
    ],
  },
};
