import { describe, expect, it } from 'vitest';
import { toPositional } from './prepared-read.js';

describe('toPositional', () => {
  it('numbers knex placeholders in order', () => {
    expect(toPositional('select ? as a, ? as b where x = ?')).toBe('select $1 as a, $2 as b where x = $3');
  });

  it('leaves question marks inside strings and quoted identifiers alone', () => {
    expect(toPositional(`select 'what?' as "why?", ? as v, 'it''s ?' as w`)).toBe(
      `select 'what?' as "why?", $1 as v, 'it''s ?' as w`,
    );
  });
});
