import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { executeRead } from '../../platform/read-replicas.js';
import { RegistrationStatus } from './registration.entity.js';

export interface SeatSummary {
  confirmed: number;
  waitlisted: number;
}

interface RegistrationLoaders {
  seats: DataLoader<string, SeatSummary>;
  waitlistPosition: DataLoader<string, number | null>;
}

const perRequest = new WeakMap<Context, RegistrationLoaders>();

/** Per-request batching for the counts shown on events and registrations (one statement per list, not per row). */
export function registrationLoaders(ctx: Context): RegistrationLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = { seats: seatsLoader(ctx.em), waitlistPosition: positionLoader(ctx.em) };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

function seatsLoader(em: EntityManager) {
  return new DataLoader<string, SeatSummary>(async (eventIds) => {
    const rows = await executeRead<{ event_id: string; status: string; n: string }[]>(
      em,
      `select event_id, status, count(*) as n from registration where event_id in (?) group by event_id, status`,
      [[...eventIds]],
    );
    const byEvent = new Map<string, SeatSummary>(eventIds.map((id) => [id, { confirmed: 0, waitlisted: 0 }]));
    for (const row of rows) {
      const summary = byEvent.get(row.event_id)!;
      if (row.status === RegistrationStatus.CONFIRMED) summary.confirmed = Number(row.n);
      if (row.status === RegistrationStatus.WAITLISTED) summary.waitlisted = Number(row.n);
    }
    return eventIds.map((id) => byEvent.get(id)!);
  });
}

function positionLoader(em: EntityManager) {
  return new DataLoader<string, number | null>(async (registrationIds) => {
    const rows = await executeRead<{ id: string; position: string }[]>(
      em,
      `select id, position from (
         select id, row_number() over (partition by event_id order by sequence) as position
         from registration
         where status = ? and event_id in (select event_id from registration where id in (?))
       ) q where id in (?)`,
      [RegistrationStatus.WAITLISTED, [...registrationIds], [...registrationIds]],
    );
    const byId = new Map(rows.map((row) => [row.id, Number(row.position)]));
    return registrationIds.map((id) => byId.get(id) ?? null);
  });
}
