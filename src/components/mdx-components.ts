// Components every chapter can use without importing them.
import Cijfer from './Cijfer.astro';
import Kerncijfers from './Kerncijfers.astro';
import Term from './Term.astro';
import BronEnCiteren from './BronEnCiteren.astro';
import Onderdelen from './Onderdelen.astro';
import Vergelijking from './Vergelijking.astro';
import Widget from './widget/Widget.astro';
import ZoGingHetEcht from '../widgets/gordijnbeweging/ZoGingHetEcht.astro';
import ContentLink from './ContentLink.astro';
import VoorstellenMatrix from './VoorstellenMatrix.astro';
import BewijsOverzicht from './BewijsOverzicht.astro';

// `a`: every Markdown link in a chapter, so that site paths get the base (ContentLink.astro)
export const mdxComponents = { Cijfer, Kerncijfers, Term, BronEnCiteren, Onderdelen, Vergelijking, Widget, ZoGingHetEcht, VoorstellenMatrix, BewijsOverzicht, a: ContentLink };
