import { describe, expect, it } from 'vitest';
import { nextMeetingAfter, registrationState, splitMeetings, type SeatInfo } from './state';

const now = new Date('2026-11-29T10:00:00Z');
const upcoming: SeatInfo = {
  endsAt: '2027-03-11T15:00:00Z',
  publishedAt: '2026-09-01T08:00:00Z',
  capacity: 100,
  seatsLeft: 40,
  seatsPerOrganisation: null,
  viewerRegistration: null,
};

describe('registrationState', () => {
  it('offers a seat while there is room, and the waiting list when full', () => {
    expect(registrationState(upcoming, true, now)).toMatchObject({ action: 'register', status: null, full: false });
    expect(registrationState({ ...upcoming, seatsLeft: 0 }, true, now)).toMatchObject({
      action: 'joinWaitlist',
      full: true,
    });
    expect(registrationState({ ...upcoming, capacity: null, seatsLeft: null }, true, now)).toMatchObject({
      action: 'register',
      full: false,
    });
  });

  it('lets a registered member cancel and a waitlisted one leave, with their place in the queue', () => {
    const confirmed = { ...upcoming, viewerRegistration: { status: 'CONFIRMED' as const, waitlistPosition: null } };
    expect(registrationState(confirmed, true, now)).toMatchObject({ status: 'CONFIRMED', action: 'cancel' });
    const waiting = {
      ...upcoming,
      seatsLeft: 0,
      viewerRegistration: { status: 'WAITLISTED' as const, waitlistPosition: 3 },
    };
    expect(registrationState(waiting, true, now)).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 3,
      action: 'leaveWaitlist',
      organisationFull: false,
    });
  });

  it('says the organisation’s own limit is why a member waits while seats are free', () => {
    const event = {
      ...upcoming,
      seatsPerOrganisation: 2,
      viewerRegistration: { status: 'WAITLISTED' as const, waitlistPosition: 1 },
    };
    expect(registrationState(event, true, now).organisationFull).toBe(true);
  });

  it('treats a cancelled registration as none, so the member can register again', () => {
    const event = { ...upcoming, viewerRegistration: { status: 'CANCELLED' as const, waitlistPosition: null } };
    expect(registrationState(event, true, now)).toMatchObject({ status: null, action: 'register' });
  });

  it('has no button for readers who are not signed in, past meetings, or drafts', () => {
    expect(registrationState(upcoming, false, now)).toMatchObject({ action: null, notice: 'signIn' });
    expect(registrationState({ ...upcoming, endsAt: '2026-10-08T13:30:00Z' }, true, now)).toMatchObject({
      action: null,
      notice: 'over',
    });
    expect(registrationState({ ...upcoming, publishedAt: null }, true, now)).toMatchObject({
      action: null,
      notice: 'notOpen',
    });
  });
});

describe('meetings', () => {
  const meeting = (slug: string, startsAt: string, endsAt: string) => ({ slug, event: { startsAt, endsAt } });

  it('splits a member’s meetings at now: upcoming soonest first, past latest first', () => {
    const list = [
      meeting('b', '2027-09-01T08:00:00Z', '2027-09-01T15:00:00Z'),
      meeting('old', '2025-10-01T08:00:00Z', '2025-10-01T15:00:00Z'),
      meeting('a', '2027-03-11T08:00:00Z', '2027-03-11T15:00:00Z'),
      meeting('recent', '2026-10-08T08:00:00Z', '2026-10-08T15:00:00Z'),
      { slug: 'hidden', event: null },
    ];
    const { upcoming: next, past } = splitMeetings(list, now);
    expect(next.map((m) => m.slug)).toEqual(['a', 'b']);
    expect(past.map((m) => m.slug)).toEqual(['recent', 'old']);
  });

  it('finds the meeting after this one, never this one itself', () => {
    const current = { id: 'e1', startsAt: '2026-10-08T08:00:00Z' };
    const events = [
      current,
      { id: 'e3', startsAt: '2027-09-01T08:00:00Z' },
      { id: 'e2', startsAt: '2027-03-11T08:00:00Z' },
    ];
    expect(nextMeetingAfter(events, current)?.id).toBe('e2');
    expect(nextMeetingAfter([current], current)).toBeUndefined();
  });
});
