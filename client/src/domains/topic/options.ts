import type { TopicOptionsQuery } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n';

type TopicOption = TopicOptionsQuery['topics']['nodes'][number];

/** Topics as a flat, indented list for a select: each broad topic followed by its narrower ones. */
export function topicOptions(
  topics: readonly TopicOption[],
  locale: Locale,
): { value: string; label: string; id: string }[] {
  const name = (t: TopicOption) => (locale === 'da' ? t.nameDa : t.nameEn);
  const byParent = new Map<string | undefined, TopicOption[]>();
  for (const topic of topics) {
    const key = topic.parent?.id;
    byParent.set(key, [...(byParent.get(key) ?? []), topic]);
  }
  const out: { value: string; label: string; id: string }[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    const children = [...(byParent.get(parent) ?? [])].sort((a, b) => name(a).localeCompare(name(b), locale));
    for (const topic of children) {
      out.push({ value: topic.slug, id: topic.id, label: `${'\u2003'.repeat(depth)}${name(topic)}` });
      walk(topic.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}
