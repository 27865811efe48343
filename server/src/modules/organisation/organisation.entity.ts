import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';

export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  STATE_AGENCY = 'STATE_AGENCY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  UNIVERSITY_COLLEGE = 'UNIVERSITY_COLLEGE',
  FOUNDATION = 'FOUNDATION',
  INTEREST_ORGANISATION = 'INTEREST_ORGANISATION',
  NGO = 'NGO',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
  PRIVATE_COMPANY = 'PRIVATE_COMPANY',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of organisation a member is; members speak from this perspective.',
  valuesConfig: {
    MUNICIPALITY: { description: 'A Danish municipality (kommune).' },
    REGION: { description: 'A Danish region.' },
    STATE_AGENCY: { description: 'A national agency or board (styrelse).' },
    RESEARCH_INSTITUTE: { description: 'A research institute or university department.' },
    UNIVERSITY_COLLEGE: { description: 'A university college (professionshøjskole).' },
    FOUNDATION: { description: 'A philanthropic foundation (fond).' },
    INTEREST_ORGANISATION: { description: 'An interest or professional organisation.' },
    NGO: { description: 'A non-governmental organisation.' },
    SERVICE_PROVIDER: { description: 'A provider of care or support services (e.g. a foster care agency).' },
    PRIVATE_COMPANY: { description: 'A private company.' },
  },
});

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  LAPSED = 'LAPSED',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Whether a yearly membership is paid and in force.',
  valuesConfig: {
    ACTIVE: { description: 'Paid and in force: the organisation’s people have member rights.' },
    LAPSED: { description: 'Not renewed: the organisation’s people fall back to public access.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A municipality, NGO, research institute or other organisation in the forum.',
})
@Entity()
export class Organisation extends BaseEntity {
  @Field(() => String, { description: 'A stable, human-readable key, unique among organisations.' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field(() => String, { description: 'The organisation’s name.' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => OrganisationKind, { description: 'What kind of organisation this is.' })
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @Field(() => String, { description: 'What the organisation does, in its own or the editors’ words.' })
  @Property({ type: 'text', default: '' })
  description: Opt<string> = '';

  @Field(() => String, { nullable: true, description: 'The organisation’s website.' })
  @Property({ type: 'string', length: 500, nullable: true })
  website: string | null = null;

  @Field(() => String, { nullable: true, description: 'The city where the organisation is based.' })
  @Property({ type: 'string', length: 200, nullable: true })
  city: string | null = null;

  @Field(() => Boolean, { description: 'True for fictional demo organisations.' })
  @Property({ type: 'boolean', default: false })
  isExample: Opt<boolean> = false;

  /** Invoicing details (membership/): CVR, EAN/GLN for public bodies, street and postal code. Not public fields. */
  @Property({ type: 'string', length: 8, nullable: true })
  cvr: string | null = null;

  @Property({ type: 'string', length: 13, nullable: true })
  ean: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  street: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  postalCode: string | null = null;

  @OneToMany(() => Membership, (membership) => membership.organisation)
  memberships = new Collection<Membership>(this);
}

@ObjectType({ implements: Node, description: 'An organisation’s membership of the forum for one calendar year.' })
@Entity()
@Unique({ properties: ['organisation', 'year'] })
export class Membership extends BaseEntity {
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Field(() => Int, { description: 'The calendar year the membership covers.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'The yearly fee in Danish kroner (the forum charges 5,000 kr.).' })
  @Property({ type: 'integer' })
  feeDkk!: number;

  @Field(() => MembershipStatus, { description: 'Whether the membership is in force.' })
  @Enum({ items: () => MembershipStatus })
  status!: MembershipStatus;

  /** When the year's invoice was paid (GraphQL: membership/payment-fields.ts, for those who may see invoices). */
  @Property({ type: 'datetime', nullable: true })
  paidAt: Date | null = null;

  /** While unpaid: when the year lapses (due date + grace period); null once paid (organisation/active-membership.ts). */
  @Property({ type: 'datetime', nullable: true })
  lapsesAt: Date | null = null;
}
