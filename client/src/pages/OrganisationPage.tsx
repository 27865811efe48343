import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createOrganisationPage } from '../domains/organisation/hooks';
import { OrganisationView } from '../domains/organisation/OrganisationView';

export default function OrganisationPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createOrganisationPage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.organisation}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(entity) => entity.name}
    >
      {(entity) => <OrganisationView organisation={entity} />}
    </QueryView>
  );
}
