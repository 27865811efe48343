import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createWorkshopPage } from '../domains/workshop/hooks';
import { WorkshopView } from '../domains/workshop/WorkshopView';

export default function WorkshopPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createWorkshopPage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.workshop}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(entity) => entity.title}
    >
      {(entity) => <WorkshopView workshop={entity} />}
    </QueryView>
  );
}
