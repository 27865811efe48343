import { Show, createSignal } from 'solid-js';
import { useI18n } from '../../i18n';
import { createViewer } from '../member/hooks';
import { createFollow } from '../discussion/hooks';
import { createFollowKnowledgeGap } from './hooks';

/**
 * Follow or stop following a method, topic (the existing `follow`) or knowledge gap; shown to signed-in members
 * only, with `aria-pressed` telling assistive technology whether they follow.
 */
export function FollowButton(props: { id: string; following: boolean; hint: string; gap?: boolean }) {
  const { t } = useI18n();
  const [viewer] = createViewer();
  // eslint-disable-next-line solid/reactivity -- the starting value; the reader's changes are kept locally
  const [following, setFollowing] = createSignal(props.following);
  const [nodeState, followNode] = createFollow();
  const [gapState, followGap] = createFollowKnowledgeGap();
  const busy = () => nodeState.fetching || gapState.fetching;
  const toggle = async () => {
    const wanted = !following();
    if (props.gap) {
      const result = await followGap({ gap: props.id, following: wanted });
      if (result.data && result.data.followKnowledgeGap.userErrors.length === 0) setFollowing(wanted);
    } else {
      const result = await followNode({ id: props.id, following: wanted });
      const now = result.data?.follow.following;
      if (now !== null && now !== undefined) setFollowing(now);
    }
  };
  return (
    <Show when={viewer.data?.viewer}>
      <button
        type="button"
        class="button follow-button"
        aria-pressed={following()}
        title={props.hint}
        disabled={busy()}
        onClick={() => void toggle()}
      >
        {following() ? t('follow.following') : t('follow.follow')}
      </button>
    </Show>
  );
}
