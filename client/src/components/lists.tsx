import { Show } from 'solid-js';
import { useI18n } from '../i18n';
import { Loading } from './QueryView';

/** The live result count, announced politely when filters change it. */
export function ResultCount<T>(props: { state: { data?: T; fetching: boolean }; count: (data: T) => number }) {
  const { t } = useI18n();
  return (
    <p class="result-count" role="status" aria-live="polite">
      <Show when={props.state.data} fallback={props.state.fetching ? t('state.loading') : ''}>
        {(data) => t('list.results', props.count(data()))}
      </Show>
    </p>
  );
}

export function ListFooter(props: { hasMore: boolean; fetching: boolean; onMore: () => void }) {
  const { t } = useI18n();
  return (
    <Show when={props.hasMore || props.fetching}>
      <div class="list-footer">
        <Show when={!props.fetching} fallback={<Loading />}>
          <button type="button" class="button" onClick={() => props.onMore()}>
            {t('list.more')}
          </button>
        </Show>
      </div>
    </Show>
  );
}
