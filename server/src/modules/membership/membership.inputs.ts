import { Field, ID, InputType } from 'type-graphql';
import { OrganisationKind } from '../organisation/organisation.entity.js';

@InputType({ description: 'An organisation’s application for membership.' })
export class MembershipApplicationInput {
  @Field(() => String, { description: 'The organisation’s name.' })
  organisationName!: string;

  @Field(() => OrganisationKind, { description: 'What kind of organisation applies.' })
  kind!: OrganisationKind;

  @Field(() => String, { description: 'The CVR number: 8 digits (spaces and a "DK" prefix are ignored).' })
  cvr!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The EAN/GLN number (13 digits) electronic invoices go to. Required for municipalities, regions, state agencies and university colleges.',
  })
  ean?: string | null;

  @Field(() => String, { description: 'Street address for the invoice.' })
  street!: string;

  @Field(() => String, { description: 'Postal code (4 digits).' })
  postalCode!: string;

  @Field(() => String, { description: 'City.' })
  city!: string;

  @Field(() => String, { description: 'The contact person, who becomes the organisation’s first admin.' })
  contactName!: string;

  @Field(() => String, { description: 'The contact person’s email.' })
  contactEmail!: string;

  @Field(() => String, { nullable: true, description: 'Why the organisation wants to join (optional).' })
  motivation?: string | null;
}
@InputType({ description: 'Invoicing details, for organisations that have none on record yet.' })
export class BillingDetailsInput {
  @Field(() => String, { description: 'The CVR number (8 digits).' })
  cvr!: string;

  @Field(() => String, { nullable: true, description: 'The EAN/GLN number (13 digits), for electronic invoices.' })
  ean?: string | null;

  @Field(() => String, { description: 'Street address.' })
  street!: string;

  @Field(() => String, { description: 'Postal code (4 digits).' })
  postalCode!: string;

  @Field(() => String, { description: 'City.' })
  city!: string;
}
@InputType({ description: 'Renew an organisation’s membership.' })
export class RenewMembershipInput {
  @Field(() => ID, { description: 'The organisation (its global ID).' })
  organisationId!: string;

  @Field(() => BillingDetailsInput, { nullable: true, description: 'Invoicing details, when none are on record.' })
  billing?: BillingDetailsInput | null;
}
