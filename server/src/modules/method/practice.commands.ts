import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import type { Viewer } from '../auth/viewer.js';
import { resolveReadable } from '../content/references.js';
import { text, url } from '../content/validation.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { MethodParty } from './method-party.entity.js';
import type { Method } from './method.entity.js';
import { CostUnit, MethodPartyRole, MethodSetting } from './practice.enums.js';

const MAX_PARTIES = 30;

const party = z.object({
  name: text(300).nullish(),
  url: url.nullish(),
  note: text(300).nullish(),
  organisation: z.string().max(200).nullish(),
});
type PartyInput = z.infer<typeof party>;

/** The practical facts of a method, validated with its other fields (see method.editing.ts). */
export const practiceFields = {
  settings: z.array(z.nativeEnum(MethodSetting)).max(8, 'Give at most 8.'),
  costNote: text(1000).nullable(),
  costDkk: z.number().int().min(0, 'Must be 0 or more.').max(10_000_000, 'Must be at most 10,000,000.').nullable(),
  costUnit: z.nativeEnum(CostUnit).nullable(),
  trainingDuration: text(300).nullable(),
  trainingCertifiedBy: text(300).nullable(),
  providers: z.array(party).max(MAX_PARTIES, `Give at most ${MAX_PARTIES}.`),
  municipalities: z.array(party).max(MAX_PARTIES, `Give at most ${MAX_PARTIES}.`),
};

/** A price means nothing without what it is the price of, and a unit nothing without a price. */
export function checkCost(row: Method): void {
  if (row.costDkk != null && row.costUnit == null)
    throw UserInputProblem.of('input.costUnit', 'Say what the price is for when you give one.', 'INVALID');
  if (row.costUnit != null && row.costDkk == null)
    throw UserInputProblem.of('input.costDkk', 'Give the price the unit belongs to.', 'INVALID');
}

/**
 * Replaces a method's providers or municipalities (one role) with the given list, in the given order. A linked
 * organisation is followed only where the viewer may read it, and a municipality must be one.
 */
export async function replaceParties(
  em: EntityManager,
  viewer: Viewer,
  row: Method,
  role: MethodPartyRole,
  items: PartyInput[] | undefined,
): Promise<void> {
  if (items === undefined) return;
  const field = role === MethodPartyRole.PROVIDER ? 'input.providers' : 'input.municipalities';
  const ids = [...new Set(items.flatMap((item) => (item.organisation ? [item.organisation] : [])))];
  const orgs = new Map(
    ((await resolveReadable(em, viewer, Organisation, ids, `${field}.organisation`)) ?? []).map((org) => [
      org.nodeId,
      org,
    ]),
  );
  // An entry sent without `organisation` keeps the link of the current entry of the same name, so a client that
  // edits names and links as text (the editor) does not drop links it never showed; null removes the link.
  const current = new Map(
    (
      await em.find(MethodParty, { method: row.id, role, organisation: { $ne: null } }, { populate: ['organisation'] })
    ).map((party) => [party.name.toLocaleLowerCase('da'), party.organisation?.getEntity()] as const),
  );
  const seen = new Set<string>();
  const rows = items.map((item, position) => {
    const kept =
      item.organisation === undefined && item.name ? current.get(item.name.toLocaleLowerCase('da')) : undefined;
    const org = item.organisation ? orgs.get(item.organisation) : kept;
    if (role === MethodPartyRole.MUNICIPALITY && org && org.kind !== OrganisationKind.MUNICIPALITY)
      throw UserInputProblem.of(`${field}.${position}.organisation`, 'This organisation is not a municipality.');
    const name = item.name ?? org?.name;
    if (!name) throw UserInputProblem.of(`${field}.${position}.name`, 'Give a name or an organisation.');
    const key = name.toLocaleLowerCase('da');
    if (seen.has(key)) throw UserInputProblem.of(`${field}.${position}.name`, 'Listed twice.', 'DUPLICATE');
    seen.add(key);
    return { name, url: item.url ?? null, note: item.note ?? null, organisation: org ?? null, position };
  });
  // The method is new or loaded in this transaction: its current rows of the role go, the new ones come in.
  await em.nativeDelete(MethodParty, { method: row.id, role });
  for (const item of rows) em.create(MethodParty, { method: row, role, ...item });
}
