import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { AppError } from '../../graphql/errors.js';
import { findCprNumbers } from './personal-data.js';

/** Free-text properties people write, per entity: where a CPR number could slip in. */
const TEXT_FIELDS: Record<string, string[]> = {
  Case: ['title', 'summary', 'body'],
  Method: ['name', 'summary', 'description'],
  Study: ['title', 'abstract'],
  Event: ['title', 'theme', 'description'],
  Talk: ['title', 'summary', 'transcript', 'chapters'],
  Workshop: ['title', 'description'],
  Report: ['title', 'summary', 'body'],
  Thread: ['title'],
  Comment: ['body'],
  Member: ['name', 'title'],
  Flag: ['reason'],
};

/**
 * The last wall: whatever path writes (GraphQL, the seeder, an import, a script), a CPR number in a free-text
 * field fails the whole flush. Services catch it earlier with a friendlier, field-level error.
 */
export class PersonalDataSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    for (const changeSet of args.uow.getChangeSets()) {
      if (changeSet.type !== ChangeSetType.CREATE && changeSet.type !== ChangeSetType.UPDATE) continue;
      const fields = TEXT_FIELDS[changeSet.name] ?? [];
      for (const field of fields) {
        const value = (changeSet.payload as Record<string, unknown>)[field];
        const text = typeof value === 'string' ? value : value ? JSON.stringify(value) : '';
        if (findCprNumbers(text).length > 0) {
          throw new AppError(
            `${changeSet.name}.${field} contains what looks like a CPR number; nothing was saved.`,
            'PERSONAL_DATA',
          );
        }
      }
    }
  }
}
