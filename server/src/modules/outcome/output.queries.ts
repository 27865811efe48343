import type { FilterQuery } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import type { Workshop } from '../event/event.entity.js';
import { WorkshopOutput } from './output.entity.js';

/** Filters on global IDs; outputs of workshops the viewer may not read are never listed. */
export function outputWhere(
  filter: OutputFilterValues | null,
  readableWorkshops: FilterQuery<Workshop>,
): FilterQuery<WorkshopOutput> {
  const parts: FilterQuery<WorkshopOutput>[] = [{ workshop: readableWorkshops }];
  if (filter?.workshop) parts.push({ workshop: decodeGlobalId(filter.workshop, ['Workshop'], 'filter.workshop').id });
  if (filter?.talk) parts.push({ talk: decodeGlobalId(filter.talk, ['Talk'], 'filter.talk').id });
  if (filter?.organisation)
    parts.push({ organisation: decodeGlobalId(filter.organisation, ['Organisation'], 'filter.organisation').id });
  if (typeof filter?.featured === 'boolean') parts.push({ featured: filter.featured });
  return { $and: parts };
}
export interface OutputFilterValues {
  workshop?: string | null;
  talk?: string | null;
  organisation?: string | null;
  featured?: boolean | null;
}
