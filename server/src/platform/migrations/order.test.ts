import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { describe, expect, it } from 'vitest';
import { inTimeOrder } from './order.js';

class Noop extends Migration {
  override up(): void {}
}
const m = (name: string): MigrationObject => ({ name, class: Noop });
const names = (list: readonly MigrationObject[]) => list.map((migration) => migration.name);

describe('inTimeOrder', () => {
  // The platform's history as it is: its second and third entries are out of name order.
  const history = [
    m('Migration20261129064053_initial'),
    m('Migration20261129090000_b'),
    m('Migration20261129072831_a'),
  ];

  it('keeps the platform list as it is when no module adds any', () => {
    expect(names(inTimeOrder(history, []))).toEqual(names(history));
  });

  it('runs a module migration after everything named before it, and module migrations by time', () => {
    const order = inTimeOrder(history, [
      { module: 'guide', migration: m('Migration20270301090000_guide_tags') },
      { module: 'guide', migration: m('Migration20270104090000_guide') },
      { module: 'event', migration: m('Migration20261129080000_event_room') },
    ]);
    expect(names(order)).toEqual([
      'Migration20261129064053_initial',
      'Migration20261129090000_b',
      'Migration20261129072831_a',
      'Migration20261129080000_event_room',
      'Migration20270104090000_guide',
      'Migration20270301090000_guide_tags',
    ]);
  });

  it('refuses a name declared twice, naming both places', () => {
    expect(() => inTimeOrder(history, [{ module: 'guide', migration: m('Migration20261129090000_b') }])).toThrow(
      'The migration Migration20261129090000_b is declared by both platform/migrations and guide.',
    );
    const twice = { module: 'guide', migration: m('Migration20270104090000_guide') };
    expect(() => inTimeOrder(history, [twice, { ...twice, module: 'event' }])).toThrow('both guide and event');
  });
});
