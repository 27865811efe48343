import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createCasePage } from '../domains/case/hooks';
import { CaseView } from '../domains/case/CaseView';

export default function CasePage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createCasePage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.case}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(entity) => entity.title}
    >
      {(entity) => <CaseView item={entity} />}
    </QueryView>
  );
}
