import assert from 'node:assert/strict';
import { en } from '../../ui/src/i18n/en';
import { interpolate } from '../../ui/src/i18n/interpolate';
import type { MessageKey } from '../../ui/src/i18n/messages';
import { bishkekLocalOf } from '../../ui/src/time/bishkek-local-of';
import { bishkekLocalToIso } from '../../ui/src/time/bishkek-local-to-iso';
import { formatCountdown } from '../../ui/src/time/format-countdown';
import { formatInstant } from '../../ui/src/time/format-instant';

const t = (key: MessageKey, params?: Record<string, string | number>) => interpolate(en[key], params);

describe('ui time display (Asia/Bishkek, UTC+06:00)', () => {
  it('shows an instant in Bishkek wall-clock time whatever offset it was written with', () => {
    assert.equal(formatInstant('2026-11-26T08:05:00Z'), '26.11.2026 14:05');
    assert.equal(formatInstant('2026-11-26T03:05:00-05:00'), '26.11.2026 14:05');
    assert.equal(formatInstant('2026-12-31T20:30:00Z'), '01.01.2027 02:30');
  });

  it('reads a datetime-local value as Bishkek time and writes it with +06:00', () => {
    assert.equal(bishkekLocalToIso('2026-11-26T14:05'), '2026-11-26T14:05:00+06:00');
    assert.equal(bishkekLocalToIso('2026-11-26T14:05:30'), '2026-11-26T14:05:30+06:00');
    assert.equal(bishkekLocalToIso('26.11.2026 14:05'), null);
    assert.equal(formatInstant(bishkekLocalToIso('2026-11-26T14:05')!), '26.11.2026 14:05');
  });

  it('writes an instant as the datetime-local value a Bishkek user would type, the inverse of reading it', () => {
    assert.equal(bishkekLocalOf('2026-11-26T08:05:42.123Z'), '2026-11-26T14:05');
    assert.equal(bishkekLocalOf(Date.parse('2026-12-31T20:30:00Z')), '2027-01-01T02:30');
    assert.equal(bishkekLocalOf(bishkekLocalToIso('2026-11-26T14:05')!), '2026-11-26T14:05');
    assert.equal(bishkekLocalOf('not an instant'), '');
  });

  it('counts down to a due instant and up past it, never overstating the time left', () => {
    const now = Date.parse('2026-11-26T08:00:00Z');
    assert.equal(formatCountdown('2026-11-26T13:12:59Z', now, t), 'in 5 h 12 min');
    assert.equal(formatCountdown('2026-11-26T07:48:00Z', now, t), 'overdue by 12 min');
    assert.equal(formatCountdown('2026-11-28T11:00:00Z', now, t), 'in 2 d 3 h');
    assert.equal(formatCountdown('2026-11-26T08:00:30Z', now, t), 'in less than 1 min');
  });
});
