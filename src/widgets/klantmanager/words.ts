// The klantmanager widget's words: what the page says around the chart. Build-time only. The
// claims panel's quotations (<q>) are checked against the dossier 'Werkt de zachte hand in de
// bijstand?' by verify:sources; what the other documents say is told without quotation marks.
import type { WidgetWords } from '../../lib/widget-kit/spec.ts';

export const klantmanagerWidgetWords: WidgetWords = {
  heading: 'Klantmanager: hoeveel aandacht past er in een caseload?',
  description:
    'Interactieve grafiek: hoeveel tijd een klantmanager per cliënt heeft bij de caseloads uit de stukken, van 25 in Stockholm tot 350 in Rotterdam en Amsterdam.',
  lead: 'Hoeveel minuten per maand houdt een klantmanager over voor elke cliënt? Kies een caseload en de uren van de klantmanager, en vergelijk met de caseloads uit de stukken.',
  intro:
    'Een <em>caseload</em> is het aantal cliënten van één klantmanager. De stukken op deze site noemen er veel, van 25 tot 350. ' +
    'Hoeveel tijd dat per cliënt laat, zeggen ze niet. Wij rekenen het uit met aannames die je zelf kunt veranderen.',
  embedHeight: 1460,
  cardText: 'Hoeveel tijd heeft een klantmanager per cliënt, bij 25, 150 of 350 cliënten? Met de caseloads uit de stukken en aannames die je zelf kiest.',
  claims: {
    document: 'zachte-hand',
    source:
      '‘Werkt de zachte hand in de bijstand?’ (Tijdschrift voor Sociale Vraagstukken, 2018), ‘Een betere bijstand’ (Kremer en Van der Meer, 2020) en ‘Werk aan de winkel’ (Wetenschappelijk Bureau GroenLinks, 2019).',
    says: [
      'Stockholm, de Jobbtorgs voor mensen ver van werk: <q>De caseload is 25-30</q>. Bij de gewone sociaal werkers is het 90 tot 120. In Zweden is men het erover eens dat je iemand zo onvoldoende kunt bijstaan.',
      'Amsterdam en Rotterdam: voor klanten ver van werk is de caseload 1 op 350. Een Amsterdamse klantmanager vertelt: <q>Ze heeft 250 klanten, ongeveer acht gesprekken per week</q>.',
      'Volgens ‘Een betere bijstand’ is 150 mensen per klantmanager geen uitzondering, en is ook 1 op 50 bij een intensieve aanpak nog veel.',
      'Volgens ‘Werk aan de winkel’ zijn klantmanagers vaak verantwoordelijk voor zo’n honderd tot driehonderd cliënten.',
    ],
    assumes: [
      'Werkuren per jaar: standaard 1.440 (36 uur per week, 40 werkweken na vakantie, feestdagen en ziekte). Dit is een aanname van deze site; geen van de stukken noemt werkuren.',
      'Deel van de tijd voor cliënten: standaard 40 procent. De rest gaat naar dossiers, overleg, scholing en reizen. Ook dit is een aanname.',
      'Een gesprek duurt standaard 60 minuten, voorbereiding en verslag inbegrepen. Een aanname.',
      'Dat de tijd gelijk over alle cliënten wordt verdeeld. In werkelijkheid krijgt de een veel meer tijd dan de ander.',
    ],
    doesNotSay: [
      'De stukken zeggen niet hoeveel tijd een klantmanager per cliënt heeft. Die minuten rekenen wij uit.',
      'De caseloads komen uit verschillende jaren, steden en soorten werk. Het zijn geen metingen van één moment.',
      'In Amsterdam mogen klantmanagers <q>verschil maken tussen de klanten naar hun behoefte aan aandacht</q>. Een gemiddelde zegt dus niet wat één cliënt krijgt.',
    ],
  },
};
