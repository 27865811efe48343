import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedMethodParty, SeedMethodPractice } from '../../../../seeds/demo/types.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { MethodParty } from './method-party.entity.js';
import type { Method } from './method.entity.js';
import { type CostUnit, MethodPartyRole, type MethodSetting } from './practice.enums.js';

/** Puts a seed method's practical facts on the new row; `orgId` turns an organisation slug into its id. */
export function seedPractice(
  em: EntityManager,
  method: Method,
  practice: SeedMethodPractice,
  orgId: (slug: string) => string,
): void {
  method.settings = practice.settings as MethodSetting[];
  method.costNote = practice.costNote ?? null;
  method.costDkk = practice.costDkk ?? null;
  method.costUnit = (practice.costUnit as CostUnit | undefined) ?? null;
  method.trainingDuration = practice.trainingDuration ?? null;
  method.trainingCertifiedBy = practice.trainingCertifiedBy ?? null;
  const add = (role: MethodPartyRole, items: SeedMethodParty[]) =>
    items.forEach((item, position) => {
      const organisation = item.organisation ? em.getReference(Organisation, orgId(item.organisation)) : null;
      em.create(MethodParty, {
        method,
        role,
        position,
        name: item.name ?? item.organisation ?? '',
        url: item.url ?? null,
        note: item.note ?? null,
        organisation,
      });
    });
  add(MethodPartyRole.PROVIDER, practice.providers);
  add(MethodPartyRole.MUNICIPALITY, practice.municipalities);
}
