import { namespace } from './index';
import { daMail } from './mail-da';

/** Email: forgotten password, email settings, invitations; loaded with the pages that use them. */
export const mailTexts = namespace('mail', daMail, () => import('./mail-en').then((m) => m.enMail));
