import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createEventPage } from '../domains/event/hooks';
import { EventView } from '../domains/event/EventView';

export default function EventPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createEventPage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.event}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(entity) => entity.title}
    >
      {(entity) => <EventView event={entity} />}
    </QueryView>
  );
}
