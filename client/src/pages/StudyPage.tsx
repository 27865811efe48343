import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createStudyPage } from '../domains/study/hooks';
import { StudyView } from '../domains/study/StudyView';

export default function StudyPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createStudyPage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.study}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(entity) => entity.title}
    >
      {(entity) => <StudyView study={entity} />}
    </QueryView>
  );
}
