import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../graphql/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import {
  ageWhere,
  all,
  publishedWhere,
  relatedWhere,
  targetGroupWhere,
  topicWhere,
} from '../content/content.queries.js';
import { direction, OrderDirection } from '../content/content.inputs.js';
import { strengthsAtLeast } from '../evidence/strength.js';
import type { Method } from './method.entity.js';
import { MethodOrderField, type MethodFilter, type MethodOrder } from './method.inputs.js';

export async function methodWhere(props: {
  em: EntityManager;
  viewer: Viewer;
  filter?: MethodFilter | null;
  orderBy?: MethodOrder | null;
}): Promise<FilterQuery<Method>> {
  const { em, viewer, filter } = props;
  const parts: FilterQuery<Method>[] = [readableWhere<Method>(viewer)];
  if (filter) {
    parts.push(...publishedWhere<Method>(filter.published), ...(await topicWhere<Method>(em, filter.topic)));
    parts.push(...targetGroupWhere<Method>(filter.targetGroup), ...ageWhere<Method>(filter.age));
    parts.push(...relatedWhere<Method>('studies', filter.study, 'Study', 'study'));
    if (filter.minEvidenceStrength)
      parts.push({ verdictStrength: { $in: strengthsAtLeast(filter.minEvidenceStrength) } });
    if (filter.ratedOn) parts.push({ ratings: { $some: { scheme: filter.ratedOn } } });
    if (filter.slugs) {
      if (filter.slugs.length > 100) throw new BadUserInputError('filter.slugs: give at most 100 slugs.');
      parts.push({ slug: { $in: filter.slugs } });
    }
  }
  return all(parts);
}

export function methodOrder(order?: MethodOrder | null): QueryOrderMap<Method> {
  switch (order?.field ?? MethodOrderField.NAME) {
    case MethodOrderField.NAME:
      return { name: direction(order?.direction, OrderDirection.ASC), id: 'asc' };
    case MethodOrderField.EVIDENCE_STRENGTH:
      return { verdictScore: direction(order?.direction, OrderDirection.DESC), name: 'asc', id: 'asc' };
    case MethodOrderField.PUBLISHED_AT:
      return { publishedSort: direction(order?.direction, OrderDirection.DESC), id: 'asc' };
  }
}
