import { namespace } from './index';
import { daMethodsPages } from './methods-pages-da';

/** Methods in practice (facts, comparing, the one-page summary): loaded with the pages that show them. */
export const methodsTexts = namespace('methodsPages', daMethodsPages, () =>
  import('./methods-pages-en').then((m) => m.enMethodsPages),
);
