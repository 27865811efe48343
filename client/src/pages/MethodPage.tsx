import { useParams } from '@solidjs/router';
import { QueryView } from '../components/QueryView';
import { createMethodPage } from '../domains/method/hooks';
import { MethodView } from '../domains/method/MethodView';
import '../styles/methods.css';

export default function MethodPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createMethodPage(() => params.slug);
  return (
    <QueryView
      state={state}
      pick={(data) => data.method}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(method) => method.name}
    >
      {(method) => <MethodView method={method} />}
    </QueryView>
  );
}
