// "Begin hier" on the home page: three short routes, by who the reader is. Each step names a
// chapter (by id: the link and title come from the chapter, and an unknown id stops the build),
// a chart (by widget name) or a page of the site (by path, with its label).
export type RouteStep =
  | { chapter: string; why: string }
  | { widget: string; why: string }
  | { page: string; label: string; why: string };

export interface StartRoute {
  id: string;
  /** what the reader says: "Ik wil weten hoe het zit" */
  title: string;
  who: string;
  steps: RouteStep[];
}

export const START_ROUTES: StartRoute[] = [
  {
    id: 'burger',
    title: 'Ik wil weten hoe het zit',
    who: 'Voor wie wil weten wat de bijstand is en wat gemeenten doen.',
    steps: [
      { chapter: 'wat-is-de-bijstand', why: 'waar de bijstand voor is, wie hem krijgt en hoe de wet veranderde' },
      { chapter: 'hoe-hoog', why: 'hoe het bedrag wordt opgebouwd, met de kostendelersnorm' },
      { chapter: 'gemeenten', why: 'wat Rotterdam, Amsterdam, Utrecht en andere steden anders doen' },
      { chapter: 'wie-zitten-er-in-de-bijstand', why: 'wie er in de bijstand zitten, en hoe lang' },
      { chapter: 'wortel-of-stok', why: 'werkt dwang, of werkt aandacht beter?' },
      { page: '/begrippen/', label: 'Begrippen', why: 'moeilijke woorden in gewone taal' },
    ],
  },
  {
    id: 'journalist',
    title: 'Ik zoek een cijfer of bron',
    who: 'Voor wie een cijfer wil nagaan of een bron zoekt om te citeren.',
    steps: [
      { page: '/zoeken/', label: 'Zoek op de site', why: 'in alle hoofdstukken, cijfers en begrippen' },
      { widget: 'bijstand-in-de-tijd', why: 'het aantal mensen in de bijstand sinds 1998, van het CBS' },
      { page: '/cijfers/vergelijken/', label: 'Cijfers naast elkaar', why: 'waar de stukken andere cijfers geven voor hetzelfde' },
      { page: '/cijfers/', label: 'Verantwoording van de cijfers', why: 'elk getal met de plek waar het staat' },
      { page: '/bronnen/', label: 'Bronnen', why: 'de vijf stukken, met wie ze schreef en wanneer' },
    ],
  },
  {
    id: 'student',
    title: 'Ik bestudeer het onderwerp',
    who: 'Voor studenten en docenten die de stof willen leren of gebruiken.',
    steps: [
      { page: '/studenten/', label: 'Voor studenten en docenten', why: 'een leesroute, alle vragen en hand-outs' },
      { chapter: 'wat-is-de-bijstand', why: 'de wetten en de vijf stukken op een tijdlijn' },
      { chapter: 'kronkelige-gewelven', why: 'het oudste stuk, uit de tijd van de Wet werk en bijstand' },
      { chapter: 'voorstellen', why: 'wat elk stuk wil veranderen, naast elkaar' },
      { page: '/hoofdstukken/', label: 'Alle hoofdstukken', why: 'de vijf stukken en de thema’s' },
    ],
  },
];
