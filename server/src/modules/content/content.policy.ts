import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer.js';
import type { ContentEntity } from './content.entity.js';
import { Visibility } from './enums.js';

/**
 * The one definition of what a viewer may read. Every read path (node, nodes, lists, nested connections, counts,
 * and later search) narrows its query with this filter and checks loaded rows with `canRead`.
 */
export function readableWhere<T extends ContentEntity>(viewer: Viewer): FilterQuery<T> {
  switch (viewer.kind) {
    case 'anonymous':
      return { visibility: Visibility.PUBLIC, publishedAt: { $ne: null } } as FilterQuery<T>;
  }
}

export function canRead(viewer: Viewer, row: Pick<ContentEntity, 'visibility' | 'publishedAt'>): boolean {
  switch (viewer.kind) {
    case 'anonymous':
      return row.visibility === Visibility.PUBLIC && row.publishedAt !== null;
  }
}
