import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createTalkPage } from '../domains/talk/hooks';
import { TalkView } from '../domains/talk/TalkView';

export default function TalkPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createTalkPage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.talk}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(entity) => entity.title}
    >
      {(entity) => <TalkView talk={entity} />}
    </QueryView>
  );
}
