import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../content/content.entity.js';
import { Member } from '../member/member.entity.js';
import { Membership, Organisation } from '../organisation/organisation.entity.js';

export enum InvoiceFormat {
  OIOUBL = 'OIOUBL',
  PDF = 'PDF',
}
registerEnumType(InvoiceFormat, {
  name: 'InvoiceFormat',
  description: 'How an invoice is delivered.',
  valuesConfig: {
    OIOUBL: { description: 'An OIOUBL 2.1 electronic invoice via NemHandel, addressed by EAN/GLN (public bodies).' },
    PDF: { description: 'A PDF invoice (everyone else).' },
  },
});

/**
 * One year's membership invoice. The buyer's details are copied in when it is issued: an invoice is a record of
 * what was billed, and must not change when the organisation later moves. Amounts are in øre (integers), so
 * VAT never rounds differently in the PDF, the OIOUBL file and the ledger. Only admins and the organisation's
 * admins read invoices (not a Node: no `node(id)` path reaches one).
 */
@ObjectType({ description: 'A membership invoice (for the forum’s administrators and the organisation’s admins).' })
@Entity()
@Unique({ properties: ['series', 'sequence'] })
export class Invoice extends BaseEntity {
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => Membership, { ref: true, deleteRule: 'restrict', unique: true })
  membership!: Ref<Membership>;

  /** The number series: the calendar year of issue. Numbers run 1, 2, 3… within it, without gaps. */
  @Field(() => Int, { description: 'The number series (the year of issue).' })
  @Property({ type: 'integer' })
  series!: number;

  @Field(() => Int, { description: 'The position in the series: 1, 2, 3… without gaps.' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => String, { description: 'The invoice number as printed, e.g. "2026-0007".' })
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @Field(() => Int, { description: 'The membership year the invoice is for.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Date, { description: 'When the invoice was issued.' })
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field(() => Date, { description: 'When payment is due.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => InvoiceFormat, { description: 'How the invoice is delivered.' })
  @Enum({ items: () => InvoiceFormat })
  format!: InvoiceFormat;

  @Field(() => Int, { description: 'The fee before VAT, in øre (1/100 kr.).' })
  @Property({ type: 'integer' })
  netOre!: number;

  @Field(() => Int, { description: 'The VAT rate in hundredths of a percent (2500 = 25 %).' })
  @Property({ type: 'integer' })
  vatRateBasisPoints!: number;

  @Field(() => Int, { description: 'The VAT, in øre.' })
  @Property({ type: 'integer' })
  vatOre!: number;

  @Field(() => Int, { description: 'What to pay, in øre.' })
  @Property({ type: 'integer' })
  totalOre!: number;

  @Field(() => String, { description: 'The buyer’s name when the invoice was issued.' })
  @Property({ type: 'string', length: 300 })
  buyerName!: string;

  @Field(() => String, { description: 'The buyer’s CVR number.' })
  @Property({ type: 'string', length: 8 })
  buyerCvr!: string;

  @Field(() => String, { nullable: true, description: 'The buyer’s EAN/GLN number (electronic invoices).' })
  @Property({ type: 'string', length: 13, nullable: true })
  buyerEan: string | null = null;

  @Property({ type: 'string', length: 200 })
  buyerStreet!: string;

  @Property({ type: 'string', length: 10 })
  buyerPostalCode!: string;

  @Property({ type: 'string', length: 200 })
  buyerCity!: string;

  @Field(() => String, { description: 'Who at the buyer the invoice is for (their reference).' })
  @Property({ type: 'string', length: 200 })
  buyerContact!: string;

  @Field(() => Date, { nullable: true, description: 'When payment was registered; null while unpaid.' })
  @Property({ type: 'datetime', nullable: true })
  paidAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The administrator’s note on the payment (e.g. bank reference).',
  })
  @Property({ type: 'string', length: 300, nullable: true })
  paymentNote: string | null = null;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  markedPaidBy: Ref<Member> | null = null;

  @Property({ type: 'string', length: 3, default: 'DKK' })
  currency: Opt<string> = 'DKK';
}
