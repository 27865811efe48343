import { registerEnumType } from 'type-graphql';

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
