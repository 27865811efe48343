import { namespace } from './index';
import { daEvidence } from './evidence-da';

/** What rating values and the Vidensdeklaration's letters mean: loaded with the pages that show ratings. */
export const evidenceTexts = namespace('evidence', daEvidence, () => import('./evidence-en').then((m) => m.enEvidence));
