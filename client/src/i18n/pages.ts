import { namespace } from './index';
import { daPages } from './pages-da';

/** Texts of the account, settings, invitation, privacy and proposal pages: loaded with those pages only. */
export const pageTexts = namespace('pages', daPages, () => import('./pages-en').then((m) => m.enPages));
