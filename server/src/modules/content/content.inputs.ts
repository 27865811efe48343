import { Field, InputType, registerEnumType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Smallest or earliest first.' },
    DESC: { description: 'Largest or latest first.' },
  },
});

export function direction(value: OrderDirection | undefined | null, fallback: OrderDirection): 'asc' | 'desc' {
  return (value ?? fallback) === OrderDirection.ASC ? 'asc' : 'desc';
}

export const PUBLISHED_DESCRIPTION =
  'true: published items only; false: drafts only (which only editors and the owning organisation see); absent: both, as far as you may see them.';

/** The publication condition every content list's filter shares; applied by `publishedWhere`. */
@InputType('PublicationFilter', { description: 'Internal base input; never used on its own.' })
export class PublicationFilter {
  @Field(() => Boolean, { nullable: true, description: PUBLISHED_DESCRIPTION })
  published?: boolean | null;
}
