import { createQuery } from '@urql/solid';
import type { Option } from '../../components/filters';
import { useI18n } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { TopicOptionsDoc } from '../topic/graphql';
import { topicOptions } from '../topic/options';
import type { OptionSource } from './fields';
import {
  CaseOptionsDoc,
  EventOptionsDoc,
  MethodOptionsDoc,
  OrganisationOptionsDoc,
  StudyOptionsDoc,
  TalkOptionsDoc,
} from './lists.graphql';

/**
 * The choices of one reference field, as { value: global ID, label }. Content titles are Danish (lang="da");
 * topics are named in the interface language.
 */
export function createOptions(source: OptionSource): () => Option[] {
  const { locale, tag } = useI18n();
  const da = (value: string, label: string): Option => ({ value, label, lang: 'da' });
  switch (source) {
    case 'topics': {
      const [q] = createQuery({ query: TopicOptionsDoc });
      return () => topicOptions(q.data?.topics.nodes ?? [], locale()).map((o) => ({ value: o.id, label: o.label }));
    }
    case 'organisations': {
      const [q] = createQuery({ query: OrganisationOptionsDoc });
      return () => (q.data?.organisations.nodes ?? []).map((o) => da(o.id, o.name));
    }
    case 'methods': {
      const [q] = createQuery({ query: MethodOptionsDoc });
      return () => (q.data?.methods.nodes ?? []).map((o) => da(o.id, o.name));
    }
    case 'studies': {
      const [q] = createQuery({ query: StudyOptionsDoc });
      return () => (q.data?.studies.nodes ?? []).map((o) => da(o.id, `${o.title} (${o.year})`));
    }
    case 'events': {
      const [q] = createQuery({ query: EventOptionsDoc });
      return () => (q.data?.events.nodes ?? []).map((o) => da(o.id, `${o.title} (${formatDate(o.startsAt, tag())})`));
    }
    case 'talks': {
      const [q] = createQuery({ query: TalkOptionsDoc });
      return () => (q.data?.talks.nodes ?? []).map((o) => da(o.id, o.title));
    }
    case 'cases': {
      const [q] = createQuery({ query: CaseOptionsDoc });
      return () => (q.data?.cases.nodes ?? []).map((o) => da(o.id, o.title));
    }
  }
}
