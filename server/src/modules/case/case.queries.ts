import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import type { Viewer } from '../auth/viewer.js';
import {
  ageWhere,
  all,
  publishedWhere,
  relatedWhere,
  targetGroupWhere,
  topicWhere,
  yearWhere,
} from '../content/content.queries.js';
import { direction, OrderDirection } from '../content/content.inputs.js';
import { readableWhere } from '../content/content.policy.js';
import { strengthsAtLeast } from '../evidence/strength.js';
import type { Case } from './case.entity.js';
import { CaseOrderField, type CaseFilter, type CaseOrder } from './case.inputs.js';

/** The filter for a list of cases a viewer may see, from the GraphQL filter input. */
export async function caseWhere(props: {
  em: EntityManager;
  viewer: Viewer;
  filter?: CaseFilter | null;
  orderBy?: CaseOrder | null;
}): Promise<FilterQuery<Case>> {
  const { em, viewer, filter } = props;
  const parts: FilterQuery<Case>[] = [readableWhere<Case>(viewer)];
  if (filter) {
    parts.push(...publishedWhere<Case>(filter.published), ...(await topicWhere<Case>(em, filter.topic)));
    parts.push(...targetGroupWhere<Case>(filter.targetGroup), ...ageWhere<Case>(filter.age));
    parts.push(...yearWhere<Case>('year', filter.yearFrom, filter.yearTo));
    parts.push(...relatedWhere<Case>('methods', filter.method, 'Method', 'method'));
    if (filter.organisation)
      parts.push({ organisation: decodeGlobalId(filter.organisation, ['Organisation'], 'organisation').id });
    if (filter.organisationKind) parts.push({ organisation: { kind: filter.organisationKind } });
    if (filter.minEvidenceStrength) {
      parts.push({ methods: { $some: { verdictStrength: { $in: strengthsAtLeast(filter.minEvidenceStrength) } } } });
    }
  }
  return all(parts);
}

export function caseOrder(order?: CaseOrder | null): QueryOrderMap<Case> {
  switch (order?.field ?? CaseOrderField.YEAR) {
    case CaseOrderField.TITLE:
      return { title: direction(order?.direction, OrderDirection.ASC), id: 'asc' };
    case CaseOrderField.PUBLISHED_AT:
      return { publishedSort: direction(order?.direction, OrderDirection.DESC), id: 'asc' };
    case CaseOrderField.YEAR:
      return { year: direction(order?.direction, OrderDirection.DESC), id: 'asc' };
  }
}
