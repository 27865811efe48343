import { namespace } from './index';
import { daNoHits } from './search-da';

/** A search that found nothing, and the skip link: loaded with the search page only. */
export const noHitsTexts = namespace('noHits', daNoHits, () => import('./search-en').then((m) => m.enNoHits));
