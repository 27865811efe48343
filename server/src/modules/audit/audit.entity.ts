import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Member } from '../member/member.entity.js';

/** Who changed what, when. Written in the same transaction as the change; never holds the content itself. */
@ObjectType({ implements: Node, description: 'One change to the knowledge base or its members, for admins.' })
@Entity()
export class AuditEntry extends BaseEntity {
  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  actor: Ref<Member> | null = null;

  @Field(() => String, { description: 'The actor’s name at the time (kept when the member is later removed).' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => String, { description: 'What happened, e.g. "case.publish", "member.invite", "token.revoke".' })
  @Property({ type: 'string', length: 60 })
  action!: string;

  @Field(() => String, { description: 'The type of the changed object, e.g. "Case".' })
  @Property({ type: 'string', length: 60 })
  subjectType!: string;

  @Field(() => String, { nullable: true, description: 'The global ID of the changed object.' })
  @Property({ type: 'string', length: 200, nullable: true })
  subjectId: string | null = null;

  @Field(() => String, { nullable: true, description: 'A short human-readable label, e.g. the title at the time.' })
  @Property({ type: 'string', length: 300, nullable: true })
  subjectLabel: string | null = null;
}
