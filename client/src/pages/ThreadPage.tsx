import { useParams } from '@solidjs/router';
import { Match, Switch, createEffect, onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { Loading, ProblemPage } from '../components/QueryView';
import { createCommentAdded, createThread } from '../domains/discussion/hooks';
import { ThreadView, type ThreadData } from '../domains/discussion/ThreadView';
import { createViewer } from '../domains/member/hooks';
import { idFromPath } from '../paths';

export default function ThreadPage() {
  const params = useParams<{ id: string }>();
  const id = () => idFromPath(params.id);
  const [state, refetch] = createThread(id);
  const [viewer] = createViewer();
  // The thread lives in a store: when it is fetched again (a live comment), comments keep their identity, so an
  // open reply box or a loaded page of replies stays as it was.
  const [store, setStore] = createStore<{ thread?: ThreadData }>({});
  createEffect(() => {
    const node = state.data?.node;
    setStore('thread', node && 'comments' in node ? reconcile(node, { key: 'id', merge: true }) : undefined);
  });
  createEffect(() => {
    if (store.thread) document.title = `${store.thread.title} · Vidensbro`;
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  createCommentAdded(id, () => {
    clearTimeout(timer);
    timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), 150);
  });
  onCleanup(() => clearTimeout(timer));

  return (
    <Switch fallback={<Loading />}>
      <Match when={store.thread?.id} keyed>
        {(_id: string) => <ThreadView thread={store.thread!} viewerId={viewer.data?.viewer?.member.id} />}
      </Match>
      <Match when={state.error && !state.data}>
        <ProblemPage error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Match>
      <Match when={state.data && !state.fetching}>
        <ProblemPage notFound />
      </Match>
    </Switch>
  );
}
