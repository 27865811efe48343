import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { encodeGlobalId } from '../../graphql/global-id.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { Visibility } from './content.enums.js';

/** Identity and timestamps shared by every row. `id` is a UUID internally; GraphQL shows a global ID. */
@ObjectType('BaseEntity', { description: 'Internal base type; never exposed on its own.' })
@Entity({ abstract: true })
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When this was first stored in Vidensbro.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When this was last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  /** The GraphQL `id`: the class name is the GraphQL type name by convention. */
  get nodeId(): Opt<string> {
    return encodeGlobalId(this.constructor.name, this.id);
  }
}

/** Knowledge content: addressable by slug, with a visibility and a publication state. */
@ObjectType('ContentEntity', { description: 'Internal base type; never exposed on its own.' })
@Entity({ abstract: true })
export abstract class ContentEntity extends BaseEntity {
  @Field(() => String, { description: 'A stable, human-readable key, unique within the type; used in URLs.' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field(() => Visibility, { description: 'Who may read this.' })
  @Enum({ items: () => Visibility, default: Visibility.PUBLIC })
  visibility: Opt<Visibility> = Visibility.PUBLIC;

  @Field(() => Date, { nullable: true, description: 'When this was published; null while it is a draft.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  /**
   * Orders lists "by publication" with keyset cursors, which cannot page past an empty key: a draft sorts by when
   * it was created. Computed by PostgreSQL, so it can never disagree with publishedAt.
   */
  @Property<ContentEntity>({
    type: 'datetime',
    generated: (cols) => `(coalesce(${cols.publishedAt}, ${cols.createdAt})) stored`,
    hidden: true,
  })
  publishedSort!: Opt<Date>;

  /** The organisation that owns the row: ORGANISATION visibility and members' proposals are scoped to it. */
  @ManyToOne('Organisation', { ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<Organisation> | null = null;

  @Field(() => Boolean, { description: 'True for fictional demo content written to illustrate the platform.' })
  @Property({ type: 'boolean', default: false })
  isExample: Opt<boolean> = false;
}
