import { Entity, Enum, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../content/content.entity.js';
import { Member } from '../member/member.entity.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';

export enum ApplicationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}
registerEnumType(ApplicationStatus, {
  name: 'MembershipApplicationStatus',
  description: 'Where an organisation’s application for membership stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the forum’s administrators.' },
    APPROVED: { description: 'Approved: the organisation exists, its first year is open and invoiced.' },
    DECLINED: { description: 'Declined, with a reason.' },
  },
});

/**
 * An organisation's application to join the forum. Anyone may apply; only platform admins read applications
 * (they hold a contact person's name and email), so this type is not a Node and no `node(id)` reaches it.
 */
@ObjectType({ description: 'An organisation’s application for membership (visible to the forum’s administrators).' })
@Entity()
export class MembershipApplication extends BaseEntity {
  @Field(() => String, { description: 'The organisation’s name.' })
  @Property({ type: 'string', length: 300 })
  organisationName!: string;

  @Field(() => OrganisationKind, { description: 'What kind of organisation applies.' })
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @Field(() => String, { description: 'The CVR number (8 digits, check digit verified).' })
  @Property({ type: 'string', length: 8 })
  cvr!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The EAN/GLN location number electronic invoices go to (13 digits; required for public bodies).',
  })
  @Property({ type: 'string', length: 13, nullable: true })
  ean: string | null = null;

  @Field(() => String, { description: 'Street address for the invoice.' })
  @Property({ type: 'string', length: 200 })
  street!: string;

  @Field(() => String, { description: 'Postal code (4 digits).' })
  @Property({ type: 'string', length: 10 })
  postalCode!: string;

  @Field(() => String, { description: 'City.' })
  @Property({ type: 'string', length: 200 })
  city!: string;

  @Field(() => String, { description: 'The contact person, who becomes the organisation’s first admin.' })
  @Property({ type: 'string', length: 200 })
  contactName!: string;

  @Field(() => String, { description: 'The contact person’s email; the invitation goes here.' })
  @Property({ type: 'string', length: 320 })
  contactEmail!: string;

  @Field(() => String, { description: 'Why the organisation wants to join, in its own words.' })
  @Property({ type: 'text', default: '' })
  motivation: Opt<string> = '';

  @Field(() => ApplicationStatus, { description: 'Where the application stands.' })
  @Enum({ items: () => ApplicationStatus, default: ApplicationStatus.PENDING })
  status: Opt<ApplicationStatus> = ApplicationStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'The administrators’ reason, when declined (or a note).' })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was approved or declined.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  decidedBy: Ref<Member> | null = null;

  /** The organisation approval created (GraphQL: membership.resolver.ts). */
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'set null' })
  organisation: Ref<Organisation> | null = null;
}
