import { describe, expect, it } from 'vitest';
import { hasPrerequisite, isCI, missingPrerequisite } from './helpers/prerequisites.js';

describe('missing test prerequisites', () => {
  const install = 'Install it with `apt-get install -y chromium`.';

  it('fail the run in CI, saying how to install what is missing', () => {
    expect(() => missingPrerequisite('Chromium', install, { env: { CI: 'true' } })).toThrow(
      /Chromium is missing\. Install it with `apt-get install -y chromium`\..*CI runs every test/,
    );
  });

  it('only warn outside CI', () => {
    const warnings: string[] = [];
    missingPrerequisite('Chromium', install, { env: {}, warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([expect.stringMatching(/Chromium is missing.*skipped/)]);
  });

  it('read CI the way CI services set it', () => {
    expect([isCI({ CI: 'true' }), isCI({ CI: '1' }), isCI({ CI: 'false' }), isCI({ CI: '' }), isCI({})]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('gate a describe block: present runs it, missing skips it locally and fails it in CI', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    expect(hasPrerequisite('/usr/bin/chromium', 'Chromium', install, { env: { CI: 'true' }, warn })).toBe(true);
    expect(hasPrerequisite(null, 'Chromium', install, { env: {}, warn })).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(() => hasPrerequisite('', 'Meilisearch', install, { env: { CI: 'true' }, warn })).toThrow(
      /Meilisearch is missing.*CI runs every test/,
    );
  });
});
