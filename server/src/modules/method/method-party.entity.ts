import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { BaseEntity } from '../content/content.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Method } from './method.entity.js';
import { MethodPartyRole } from './practice.enums.js';

/**
 * A Danish provider of a method, or a municipality that uses it. A row of its own rather than a link to an
 * organisation: most providers and municipalities are not members of the forum, so the name is kept here and the
 * organisation is linked only where it exists. Read with its method (it has no visibility of its own).
 */
@ObjectType({
  description: 'An organisation or person connected to a method in Danish practice: a provider or a municipality.',
})
@Entity()
export class MethodParty extends BaseEntity {
  @ManyToOne('Method', { ref: true, deleteRule: 'cascade' })
  method!: Ref<Method>;

  @Enum({ items: () => MethodPartyRole })
  role!: MethodPartyRole;

  /** The editor's order within the role. */
  @Property({ type: 'smallint', default: 0 })
  position = 0;

  @Field(() => String, { description: 'The name of the provider or municipality.' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A page about the method at the provider or municipality.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  url: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'A short note, e.g. what a provider offers or since when a municipality uses it.',
  })
  @Property({ type: 'string', length: 300, nullable: true })
  note: string | null = null;

  @ManyToOne('Organisation', { ref: true, nullable: true, deleteRule: 'set null' })
  organisation: Ref<Organisation> | null = null;
}

export const MethodPartyConnection = connectionType(
  MethodParty,
  'MethodParty',
  'A page of providers or municipalities of a method.',
);
