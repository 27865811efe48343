import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createReportPage } from '../domains/report/hooks';
import { ReportView } from '../domains/report/ReportView';

export default function ReportPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createReportPage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.report}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(entity) => entity.title}
    >
      {(entity) => <ReportView report={entity} />}
    </QueryView>
  );
}
