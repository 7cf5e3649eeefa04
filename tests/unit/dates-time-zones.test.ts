/** A bare date is the same day in every time zone: each zone formats in its own process. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = `
import { formatLong, toPartialDate } from './src/lib/content/dates.ts';
console.log(['2018-12-19', '2019-01-01', '2019-10-13'].map((d) => formatLong(toPartialDate(d))).join('|'));
`;

describe('dates across time zones', () => {
  it.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kolkata'])(
    'a bare date is the same day in %s',
    (zone) => {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(out.trim()).toBe('Wednesday 19 December 2018|Tuesday 1 January 2019|Sunday 13 October 2019');
    },
  );
});
