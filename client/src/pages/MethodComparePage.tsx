import { useSearchParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { Show, createMemo } from 'solid-js';
import { Empty, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { CompareTable } from '../domains/method/CompareTable';
import { MAX_COMPARE } from '../domains/method/compare';
import { createCompareMethods } from '../domains/method/hooks';
import { methodsTexts } from '../i18n/methods';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import '../styles/methods.css';

/** /methods/compare?ids=a,b,c — two or three methods side by side, in the order of the address. */
export default function MethodComparePage() {
  const { t } = useI18n(methodsTexts);
  const [search] = useSearchParams();
  usePageTitle(() => t('methodsPages.compare.title'));
  const slugs = createMemo(() => {
    const raw = search.ids;
    const text = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
    return [
      ...new Set(
        text
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ].slice(0, MAX_COMPARE);
  });
  const [state, refetch] = createCompareMethods(() => slugs());
  const methods = () => {
    const nodes = state.data?.methods.nodes ?? [];
    return slugs().flatMap((slug) => nodes.filter((n) => n.slug === slug));
  };
  return (
    <div class="page">
      <PageHeader
        title={t('methodsPages.compare.title')}
        lead={t('methodsPages.compare.intro')}
        crumbs={[{ href: paths.methods(), label: t('nav.methods') }]}
      />
      <Show when={state.error}>
        <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Show>
      <Show when={slugs().length < 2}>
        <Empty>{t('methodsPages.compare.pickMore')}</Empty>
      </Show>
      <Show when={state.data && methods().length < slugs().length}>
        <p class="callout">{t('methodsPages.compare.notFound')}</p>
      </Show>
      <Show when={methods().length > 0}>
        <CompareTable methods={methods()} />
      </Show>
    </div>
  );
}
