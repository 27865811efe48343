import type { RegistrationStatus } from '../../graphql/generated/graphql';

export interface SeatInfo {
  endsAt: string;
  publishedAt?: string | null;
  capacity?: number | null;
  seatsLeft?: number | null;
  seatsPerOrganisation?: number | null;
  viewerRegistration?: { status: RegistrationStatus; waitlistPosition?: number | null } | null;
}

export type RegistrationAction = 'register' | 'joinWaitlist' | 'cancel' | 'leaveWaitlist';
export type RegistrationNotice = 'signIn' | 'over' | 'notOpen';

export interface RegistrationState {
  /** The viewer's standing; null when they hold no seat and no place in the queue. */
  status: 'CONFIRMED' | 'WAITLISTED' | null;
  waitlistPosition: number | null;
  /** What the one button does, if there is one. */
  action: RegistrationAction | null;
  /** Why there is no button. */
  notice: RegistrationNotice | null;
  /** Every seat is taken: registering means the waiting list. */
  full: boolean;
  /**
   * Waitlisted although seats are free: the organisation's own limit holds them back, which the member should be
   * told, or the waiting list looks like a mistake.
   */
  organisationFull: boolean;
}

/** What the registration panel shows for one event and viewer, decided in one place. */
export function registrationState(event: SeatInfo, signedIn: boolean, now: Date = new Date()): RegistrationState {
  const registration = event.viewerRegistration;
  const status = registration && registration.status !== 'CANCELLED' ? registration.status : null;
  const full = event.seatsLeft === 0;
  const organisationFull = status === 'WAITLISTED' && !full && event.seatsPerOrganisation != null;
  const base = {
    status,
    waitlistPosition: status === 'WAITLISTED' ? (registration?.waitlistPosition ?? null) : null,
    full,
    organisationFull,
  };
  if (new Date(event.endsAt) < now) return { ...base, action: null, notice: 'over' };
  if (!signedIn) return { ...base, action: null, notice: 'signIn' };
  if (event.publishedAt === null) return { ...base, action: null, notice: 'notOpen' };
  const action: RegistrationAction =
    status === 'CONFIRMED' ? 'cancel' : status === 'WAITLISTED' ? 'leaveWaitlist' : full ? 'joinWaitlist' : 'register';
  return { ...base, action, notice: null };
}

interface Dated {
  event?: { endsAt: string; startsAt: string } | null;
}

/** A member's meetings split at now: upcoming soonest first, past latest first. */
export function splitMeetings<T extends Dated>(meetings: readonly T[], now: Date = new Date()) {
  const withEvent = meetings.filter((m) => m.event);
  const start = (m: T) => new Date(m.event?.startsAt ?? 0).getTime();
  const upcoming = withEvent.filter((m) => new Date(m.event?.endsAt ?? 0) >= now).sort((a, b) => start(a) - start(b));
  const past = withEvent.filter((m) => new Date(m.event?.endsAt ?? 0) < now).sort((a, b) => start(b) - start(a));
  return { upcoming, past };
}

/** The first meeting that starts after this one (the list comes soonest first but may hold this one). */
export function nextMeetingAfter<T extends { id: string; startsAt: string }>(
  events: readonly T[],
  current: { id: string; startsAt: string },
): T | undefined {
  const after = new Date(current.startsAt).getTime();
  return [...events]
    .filter((e) => e.id !== current.id && new Date(e.startsAt).getTime() > after)
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())[0];
}
