import { A } from '@solidjs/router';
import type { CombinedError } from '@urql/core';
import { Show, type Accessor, type JSX } from 'solid-js';
import { Loading, Problem } from '../../components/QueryView';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

/**
 * The body of a page that is only about the signed-in member (account, settings): loading, a problem with a
 * retry, a sign-in prompt that comes back here for a visitor, else the viewer's part.
 */
export function SignedIn<V>(props: {
  state: { data?: { viewer?: V | null }; error?: CombinedError };
  onRetry: () => void;
  /** Why a visitor should sign in here. */
  signedOutText: string;
  /** Where sign-in returns to: this page. */
  back: string;
  children: (viewer: Accessor<NonNullable<V>>) => JSX.Element;
}) {
  const { t } = useI18n();
  return (
    <Show
      when={props.state.data}
      fallback={
        <Show when={props.state.error} fallback={<Loading />}>
          <Problem error={props.state.error} onRetry={props.onRetry} />
        </Show>
      }
    >
      {(data) => (
        <Show
          when={data().viewer}
          fallback={
            <p class="callout">
              {props.signedOutText} <A href={paths.signIn(props.back)}>{t('member.signIn')}</A>
            </p>
          }
        >
          {(viewer) => props.children(viewer)}
        </Show>
      )}
    </Show>
  );
}
