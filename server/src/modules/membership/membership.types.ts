import { Field, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { UserError } from '../../graphql/payload.js';
import { Membership, Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { MembershipApplication } from './application.entity.js';
import { Invoice } from './invoice.entity.js';

export const MembershipApplicationConnection = connectionType(
  MembershipApplication,
  'MembershipApplication',
  'A page of membership applications.',
);
export const InvoiceConnection = connectionType(Invoice, 'Invoice', 'A page of membership invoices.');

@ObjectType({ description: 'The result of applying for membership.' })
export class ApplyForMembershipPayload {
  @Field(() => MembershipApplication, { nullable: true, description: 'The application, waiting for review.' })
  application!: MembershipApplication | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of deciding on an application.' })
export class ReviewMembershipApplicationPayload {
  @Field(() => MembershipApplication, { nullable: true, description: 'The decided application.' })
  application!: MembershipApplication | null;

  @Field(() => Invoice, { nullable: true, description: 'On approval: the first year’s invoice.' })
  invoice?: Invoice | null;

  @Field(() => String, {
    nullable: true,
    description: 'On approval: the secret of the contact person’s invitation (for the link /invitation/<secret>).',
  })
  invitationSecret?: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of renewing a membership.' })
export class RenewMembershipPayload {
  @Field(() => Membership, { nullable: true, description: 'The new year’s membership.' })
  membership!: Membership | null;

  @Field(() => Invoice, { nullable: true, description: 'Its invoice.' })
  invoice!: Invoice | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of registering a payment.' })
export class MarkInvoicePaidPayload {
  @Field(() => Invoice, { nullable: true, description: 'The invoice.' })
  invoice!: Invoice | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'How many member organisations there are of one kind.' })
export class MemberOrganisationCount {
  @Field(() => OrganisationKind, { description: 'The kind.' })
  kind!: OrganisationKind;

  @Field(() => Int, { description: 'Organisations of this kind with an active membership.' })
  count!: number;
}

@ObjectType({ description: 'Where your organisation’s membership stands, for the renewal reminder.' })
export class MembershipYearStanding {
  @Field(() => Organisation, { description: 'Your organisation.' })
  organisation!: Organisation;

  @Field(() => Boolean, { description: 'Whether the membership is in force now (member rights).' })
  inForce!: boolean;

  @Field(() => Membership, { nullable: true, description: 'This year’s membership, if any.' })
  current!: Membership | null;

  @Field(() => Membership, { nullable: true, description: 'The coming year’s membership, once renewed.' })
  next!: Membership | null;

  @Field(() => Int, { description: 'The year renewing now would open.' })
  renewalYear!: number;

  @Field(() => Date, { description: 'When renewing for the coming year opens.' })
  renewalOpensAt!: Date;

  @Field(() => Boolean, { description: 'Whether you may renew now (an organisation admin, and a year to renew).' })
  canRenew!: boolean;
}
