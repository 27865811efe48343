import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../graphql/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { all, publishedWhere, relatedWhere, topicWhere, yearWhere } from '../content/content.queries.js';
import { direction, OrderDirection } from '../content/content.inputs.js';
import type { Study } from './study.entity.js';
import { StudyOrderField, type StudyFilter, type StudyOrder } from './evidence.inputs.js';

export async function studyWhere(props: {
  em: EntityManager;
  viewer: Viewer;
  filter?: StudyFilter | null;
}): Promise<FilterQuery<Study>> {
  const { em, viewer, filter } = props;
  const parts: FilterQuery<Study>[] = [readableWhere<Study>(viewer)];
  if (filter) {
    parts.push(...publishedWhere<Study>(filter.published), ...(await topicWhere<Study>(em, filter.topic)));
    parts.push(...yearWhere<Study>('year', filter.yearFrom, filter.yearTo));
    parts.push(...relatedWhere<Study>('methods', filter.method, 'Method', 'method'));
    if (filter.designs) {
      if (filter.designs.length > 20) throw new BadUserInputError('Give at most 20 designs.', 'designs');
      parts.push({ design: { $in: filter.designs } });
    }
  }
  return all(parts);
}

export function studyOrder(order?: StudyOrder | null): QueryOrderMap<Study> {
  switch (order?.field ?? StudyOrderField.YEAR) {
    case StudyOrderField.TITLE:
      return { title: direction(order?.direction, OrderDirection.ASC), id: 'asc' };
    case StudyOrderField.YEAR:
      return { year: direction(order?.direction, OrderDirection.DESC), id: 'asc' };
  }
}
