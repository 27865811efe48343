import type { UserErrorLike } from '../../components/userErrors';
import type { daMembershipPages } from '../../i18n/membership-pages-da';

type Codes = keyof (typeof daMembershipPages)['errors'];

/** The membership codes the general user-error text does not know, in the reader's language. */
export function membershipErrors(
  errors: readonly UserErrorLike[],
  text: (code: Codes) => string,
): readonly UserErrorLike[] {
  const known: readonly string[] = ['CHECK_DIGIT', 'FORMAT', 'DECIDED', 'ALREADY_RENEWED'];
  return errors.map((e) => (known.includes(e.code) ? { ...e, message: text(e.code as Codes), code: 'MEMBERSHIP' } : e));
}
