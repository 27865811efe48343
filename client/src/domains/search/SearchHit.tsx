import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { VerdictBadge } from '../../components/ui';
import type { SearchQuery } from '../../graphql/generated/graphql';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { hitTarget } from './hits';
import { Marked } from './Marked';
import { TypeIcon } from './TypeIcon';

type Edge = NonNullable<SearchQuery['search']>['edges'][number];

/** One hit: its kind, the title with matches marked, and up to two snippets from where it matched. */
export function SearchHit(props: { edge: Edge }) {
  const { t, tag } = useI18n();
  const target = () => hitTarget(props.edge.node);
  const titleMarked = () => props.edge.highlights.find((h) => h.field === 'TITLE')?.snippet;
  const snippets = () => props.edge.highlights.filter((h) => h.field !== 'TITLE').slice(0, 2);
  const meta = () => {
    const node = props.edge.node;
    switch (node.__typename) {
      case 'Case':
        return `${node.organisation.name} · ${node.year}`;
      case 'Study':
        return `${t(`design.${node.design}`)} · ${node.year}`;
      case 'Event':
      case 'Workshop':
        return formatDate(node.startsAt, tag());
      case 'Report':
        return formatDate(node.publishedOn, tag());
      case 'Organisation':
        return t(`orgKind.${node.kind}`);
      case 'WorkshopOutput':
        return node.insight.length > 160 ? `${node.insight.slice(0, 160)}…` : node.insight;
      default:
        return '';
    }
  };
  return (
    <li class="hit">
      <p class="hit__type">
        <TypeIcon type={target().type} />
        <span>{t(`type.${target().type}`)}</span>
        <Show when={props.edge.node.__typename === 'Method' && props.edge.node}>
          {(method) => <VerdictBadge verdict={method().evidenceVerdict} compact />}
        </Show>
      </p>
      <h2 class="hit__title" lang="da">
        <A href={target().href}>
          <Show when={titleMarked()} fallback={target().title}>
            {(html) => <Marked html={html()} />}
          </Show>
        </A>
      </h2>
      <For each={snippets()}>
        {(highlight) => (
          <p class="hit__snippet" lang="da">
            <Marked html={highlight.snippet} />
          </p>
        )}
      </For>
      <Show when={meta()}>
        <p class="hit__meta">{meta()}</p>
      </Show>
    </li>
  );
}
