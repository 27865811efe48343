import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createTopicPage } from '../domains/topic/hooks';
import { TopicView } from '../domains/topic/TopicView';

export default function TopicPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createTopicPage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.topic}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(entity) => entity.nameDa}
    >
      {(entity) => <TopicView topic={entity} />}
    </QueryView>
  );
}
