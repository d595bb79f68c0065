import assert from 'node:assert/strict';
import { chaosReport, dueDuringOutage, type ChaosFacts } from '../../chaos/chaos-report';

const clean: ChaosFacts = {
  acknowledged: { registrations: 10, completions: 8 },
  written: { registrations: 10, completions: 8 },
  duplicates: 0,
  stuck: 0,
  faults: [{ fault: 'postgres', from: 1000, to: 11_000 }],
  deadlines: [{ deadlineId: 'a', dueAt: 2000, firedSeenAt: 12_000 }, { deadlineId: 'b', dueAt: 20_000, firedSeenAt: 20_500 }],
  chains: { verified: 10, broken: 0 },
  serverErrors: [{ status: 503, retryAfter: true }, { status: 502, retryAfter: false }],
  healthWhileDown: [{ status: 503, ms: 40 }],
};

describe('chaos: the table of what survived the faults (pure)', () => {
  it('passes a clean run, with the lateness of the limit due in the outage', () => {
    const { rows, passed } = chaosReport(clean);
    assert.ok(passed);
    assert.equal(rows.find((r) => r.measure.startsWith('their lateness'))?.value, 'median 10.0, max 10.0');
    assert.deepEqual(dueDuringOutage(clean).map((d) => d.deadlineId), ['a']);
  });

  it('fails on an acknowledged act with no record, a duplicate, a stuck task, a limit that never fired, a broken chain', () => {
    const failing = (facts: Partial<ChaosFacts>) => !chaosReport({ ...clean, ...facts }).passed;
    assert.ok(failing({ written: { registrations: 9, completions: 8 } }));
    assert.ok(failing({ duplicates: 1 }));
    assert.ok(failing({ stuck: 1 }));
    assert.ok(failing({ deadlines: [{ deadlineId: 'a', dueAt: 2000, firedSeenAt: null }] }));
    assert.ok(failing({ chains: { verified: 9, broken: 1 } }));
    assert.ok(failing({ serverErrors: [{ status: 500, retryAfter: false }] }), 'a 500 during an outage');
    assert.ok(failing({ serverErrors: [{ status: 503, retryAfter: false }] }), 'a 503 without Retry-After');
    assert.ok(failing({ healthWhileDown: [{ status: 503, ms: 1500 }] }), 'a health check slower than a second');
  });

  it('fails a run in which no limit fell due during an outage: it would prove nothing about the clocks', () => {
    assert.ok(!chaosReport({ ...clean, deadlines: [{ deadlineId: 'b', dueAt: 20_000, firedSeenAt: 20_500 }] }).passed);
  });
});
