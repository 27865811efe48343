import type { UserErrorLike } from '../../components/userErrors';
import { problemOf } from '../../graphql/errors';
import { useI18n } from '../../i18n';

/** Turns a mutation's outcome into errors for a form: the user errors, or one line for a failed request. */
export function useOutcome() {
  const { t } = useI18n();
  return (
    result: { error?: Parameters<typeof problemOf>[0]; data?: unknown },
    userErrors: readonly UserErrorLike[] | undefined,
  ): readonly UserErrorLike[] => {
    if (result.error) return [{ code: 'REQUEST', message: t(`state.${problemOf(result.error) ?? 'unknown'}`) }];
    return userErrors ?? [];
  };
}

/**
 * The replies under a comment (or the thread's top-level comments): the first page as the thread query brought
 * it, then "show more" pages, then the reader's own new replies.
 */
