import { describe, expect, it } from 'vitest';
import { featuredFirst, hasBegun } from '../workshop/outputs';
import { endOfDay, linkStatus, shareUrl, tomorrow } from './links';

describe('share links', () => {
  const now = new Date('2026-11-29T10:00:00Z');

  it('reads a link that is neither revoked nor expired but does not work as paused', () => {
    expect(linkStatus({ revokedAt: null, expiresAt: null, active: false }, now)).toBe('paused');
    expect(linkStatus({ revokedAt: '2026-11-01T00:00:00Z', active: false }, now)).toBe('revoked');
  });

  it('reads revoked before expired, and active otherwise', () => {
    expect(linkStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(linkStatus({ expiresAt: '2026-12-01T00:00:00Z' }, now)).toBe('active');
    expect(linkStatus({ expiresAt: '2026-11-01T00:00:00Z' }, now)).toBe('expired');
    expect(linkStatus({ revokedAt: '2026-11-02T00:00:00Z', expiresAt: '2026-11-01T00:00:00Z' }, now)).toBe('revoked');
  });

  it('builds the address to give from the path the server returns', () => {
    expect(shareUrl('/shared/vbl_abc', 'https://vidensbro.dk')).toBe('https://vidensbro.dk/shared/vbl_abc');
  });

  it('lets a link work through the whole of its last day, and leaves an empty date as no expiry', () => {
    const iso = endOfDay('2027-03-03');
    expect(iso).toBeDefined();
    const end = new Date(iso ?? '');
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([
      2027, 2, 3, 23, 59,
    ]);
    expect(endOfDay('')).toBeUndefined();
    expect(endOfDay('3/3/2027')).toBeUndefined();
  });

  it('offers tomorrow as the earliest expiry', () => {
    expect(tomorrow(new Date(2026, 11, 31, 12))).toBe('2027-01-01');
  });
});

describe('workshop outputs', () => {
  it('puts featured outputs first and keeps the order within each group', () => {
    const list = [
      { id: 'a', featured: false },
      { id: 'b', featured: true },
      { id: 'c', featured: false },
      { id: 'd', featured: true },
    ];
    expect(featuredFirst(list).map((o) => o.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('opens recording once the workshop has begun', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    expect(hasBegun('2026-10-08T11:00:00Z', now)).toBe(true);
    expect(hasBegun('2027-03-11T12:45:00Z', now)).toBe(false);
  });
});
