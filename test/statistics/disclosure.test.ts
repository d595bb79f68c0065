import assert from 'node:assert/strict';
import {
  TOTAL,
  UnprotectedTableError,
  assertProtected,
  protectSeries,
  protectTable,
  recoverable,
  recoverableByElimination,
  type CountCell,
  type ProtectTableInput,
  type ProtectedTable,
  type PublishedCell,
} from '../../statistics/disclosure';

const T = TOTAL;
const all = (table: ProtectedTable) => [...table.cells, ...table.totals];
const find = (table: ProtectedTable, key: Record<string, string>) => {
  const cell = all(table).find((c) => Object.entries(key).every(([k, v]) => c.key[k] === v) && Object.keys(c.key).length === Object.keys(key).length);
  assert.ok(cell, `no cell ${JSON.stringify(key)}`);
  return cell;
};
const withheld = (table: ProtectedTable, reason?: 'primary' | 'secondary') =>
  all(table).filter((c) => (reason ? c.suppressed === reason : c.suppressed !== null)).map((c) => c.key);

/** Rows of a two-dimensional GROUP BY written as a grid: one array of counts per row category. */
const grid = (rowDim: string, colDim: string, cols: string[], rows: Record<string, number[]>): CountCell[] =>
  Object.entries(rows).flatMap(([row, counts]) => counts.map((count, i) => ({ key: { [rowDim]: row, [colDim]: cols[i] }, count })));

/** The same table with only the primary suppressions, as it would be published without complements. */
const primaryOnly = (input: ProtectTableInput): ProtectedTable => {
  const protectedTable = protectTable(input);
  const everything = protectTable({ ...input, threshold: 1 });
  const restore = (cells: readonly PublishedCell[], truth: readonly PublishedCell[]) =>
    cells.map((c, i) => (c.suppressed === 'secondary' ? truth[i] : c));
  return { ...protectedTable, cells: restore(protectedTable.cells, everything.cells), totals: restore(protectedTable.totals, everything.totals) };
};

/** A published table with the given keys withheld by hand, to show what the guards catch. */
const withholding = (table: ProtectedTable, keys: Record<string, string>[]): ProtectedTable => {
  const hit = (c: PublishedCell) => keys.some((k) => Object.entries(k).every(([d, v]) => c.key[d] === v));
  const hide = (cells: readonly PublishedCell[]) => cells.map((c) => (hit(c) ? { ...c, count: null, suppressed: 'secondary' as const } : c));
  return { ...table, cells: hide(table.cells), totals: hide(table.totals) };
};

/** mulberry32: a small seeded PRNG, so the random tables are the same on every run. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('statistics - disclosure control (small-count suppression)', () => {
  // Issue 10, item 4: one cell below the threshold, which the row and column totals would give away.
  const issueCase: ProtectTableInput = {
    dimensions: ['region', 'sex'],
    threshold: 5,
    cells: grid('region', 'sex', ['female', 'male'], { bishkek: [3, 20], osh: [12, 30], chui: [9, 25] }),
  };

  it('when one cell of a region x sex table is below the threshold, withholds it and a rectangle of complements, and publishes every margin', () => {
    const table = protectTable(issueCase);

    assert.deepEqual(find(table, { region: 'bishkek', sex: 'female' }), { key: { region: 'bishkek', sex: 'female' }, count: null, suppressed: 'primary' });
    // The bishkek row and the female column each need a second withheld cell: the smallest count
    // in them (bishkek male 20, chui female 9), and chui male then closes the rectangle.
    assert.deepEqual(withheld(table, 'secondary'), [
      { region: 'bishkek', sex: 'male' },
      { region: 'chui', sex: 'female' },
      { region: 'chui', sex: 'male' },
    ]);
    assert.deepEqual(
      table.totals.map((c) => [c.key.region, c.key.sex, c.count]),
      [['bishkek', T, 23], ['chui', T, 34], ['osh', T, 42], [T, 'female', 24], [T, 'male', 75], [T, T, 99]],
    );
    assert.deepEqual(find(table, { region: 'osh', sex: 'male' }).count, 30);
    assertProtected(table, 5);
    assert.deepEqual(recoverable(table), []);
    assert.deepEqual(recoverableByElimination(table), []);
  });

  it('without the complements, the row total gives the withheld 3 back, and the guard refuses the table', () => {
    const table = primaryOnly(issueCase);

    assert.deepEqual(recoverable(table), [{ key: { region: 'bishkek', sex: 'female' }, count: 3 }]);
    assert.throws(() => assertProtected(table, 5), (e: unknown) => e instanceof UnprotectedTableError && /single-suppression/.test(e.message));
  });

  it('when a complement leaves another line with one withheld cell, suppresses on until every line is covered (a cascade)', () => {
    // a1 = 2 is withheld; the complements go a2 (6, row a), c1 (7, column c1), b2 (8, column c2),
    // b3 (9, row b) and c3 (10, row c): b3 and c3 are forced by complements, not by the 2.
    const input: ProtectTableInput = {
      dimensions: ['region', 'ageBand'],
      threshold: 5,
      cells: grid('region', 'ageBand', ['c1', 'c2', 'c3'], { a: [2, 6, 50], b: [50, 8, 9], c: [7, 60, 10] }),
    };
    const table = protectTable(input);

    assert.deepEqual(withheld(table, 'primary'), [{ region: 'a', ageBand: 'c1' }]);
    assert.deepEqual(withheld(table, 'secondary'), [
      { region: 'a', ageBand: 'c2' },
      { region: 'b', ageBand: 'c2' },
      { region: 'b', ageBand: 'c3' },
      { region: 'c', ageBand: 'c1' },
      { region: 'c', ageBand: 'c3' },
    ]);
    assert.ok(table.totals.every((c) => c.suppressed === null));
    assert.deepEqual(recoverable(table), []);
    assert.deepEqual(recoverableByElimination(table), []);
  });

  it('gives back a complement that the complements chosen after it made unnecessary', () => {
    // Column c0 [1, 32 | 33] first takes 32; the row total 33 and the column total 33 are taken
    // for other lines, and with them withheld the 32 protects nothing more and is published again.
    const table = protectTable({ dimensions: ['region', 'unit'], threshold: 5, cells: grid('region', 'unit', ['c0', 'c1'], { r0: [1, 3], r1: [32, 1] }) });

    assert.deepEqual(withheld(table, 'secondary'), [{ region: 'r1', unit: T }, { region: T, unit: 'c0' }]);
    assert.equal(find(table, { region: 'r1', unit: 'c0' }).count, 32);
    assert.equal(find(table, { region: T, unit: T }).count, 37);
    assertProtected(table, 5);
    assert.deepEqual(recoverableByElimination(table), []);
  });

  it('protects a region x sex x ageBand table along all three dimensions and all its margins', () => {
    const regions = ['bishkek', 'osh', 'naryn'];
    const bands = ['14-15', '16-17', '18-24'];
    const cells: CountCell[] = regions.flatMap((region, r) =>
      ['female', 'male'].flatMap((sex, s) => bands.map((ageBand, a) => ({ key: { region, sex, ageBand }, count: 6 + r * 5 + s * 7 + a * 3 }))),
    );
    cells[0] = { ...cells[0], count: 2 }; // bishkek, female, 14-15
    const input = { dimensions: ['region', 'sex', 'ageBand'], cells, threshold: 5 };
    const table = protectTable(input);

    assert.equal(table.cells.length, 18);
    assert.equal(table.totals.length, 4 * 3 * 4 - 18, 'every subtotal over one, two and three dimensions');
    assert.equal(find(table, { region: T, sex: T, ageBand: T }).count, cells.reduce((s, c) => s + c.count, 0));
    assert.deepEqual(withheld(table, 'primary'), [{ region: 'bishkek', sex: 'female', ageBand: '14-15' }]);
    // A single withheld cell in three dimensions needs a whole 2 x 2 x 2 block around it.
    assert.equal(withheld(table, 'secondary').length, 7);
    assertProtected(table, 5);
    assert.deepEqual(recoverable(table), []);
    assert.deepEqual(recoverableByElimination(table), []);
    assert.deepEqual(recoverable(primaryOnly(input)).map((c) => c.count), [2]);
  });

  it('protects a one-dimensional series with its total: the small count and the next smallest are withheld', () => {
    const series = protectSeries({
      dimension: 'region',
      threshold: 5,
      cells: [{ key: { region: 'osh' }, count: 20 }, { key: { region: 'bishkek' }, count: 3 }, { key: { region: 'chui' }, count: 10 }],
    });

    assert.deepEqual(series, {
      dimension: 'region',
      cells: [
        { key: { region: 'bishkek' }, count: null, suppressed: 'primary' },
        { key: { region: 'chui' }, count: null, suppressed: 'secondary' },
        { key: { region: 'osh' }, count: 20, suppressed: null },
      ],
      total: { key: { region: T }, count: 33, suppressed: null },
    });
    assertProtected(series, 5);
    assert.deepEqual(recoverable(series), []);
  });

  it('when no count is below the threshold, withholds nothing and every margin is the sum of its cells', () => {
    const table = protectTable({ dimensions: ['region', 'sex'], threshold: 5, cells: grid('region', 'sex', ['female', 'male'], { bishkek: [5, 20], osh: [12, 30] }) });

    assert.deepEqual(withheld(table), []);
    assert.deepEqual(table.totals.map((c) => c.count), [25, 42, 17, 50, 67]);
  });

  it('when a margin is below the threshold, withholds the margin itself, and a grand total below it too', () => {
    // The naryn row adds up to 4: its cells are 1 and 3, its total 4 is withheld as well.
    const table = protectTable({ dimensions: ['region', 'sex'], threshold: 5, cells: grid('region', 'sex', ['female', 'male'], { bishkek: [10, 20], naryn: [1, 3] }) });
    assert.equal(find(table, { region: 'naryn', sex: T }).suppressed, 'primary');
    assertProtected(table, 5);
    assert.deepEqual(recoverableByElimination(table), []);

    const tiny = protectSeries({ dimension: 'sex', threshold: 5, cells: [{ key: { sex: 'female' }, count: 2 }, { key: { sex: 'male' }, count: 1 }] });
    assert.deepEqual(tiny.total, { key: { sex: T }, count: null, suppressed: 'primary' });
    assert.deepEqual(tiny.cells.map((c) => c.suppressed), ['primary', 'primary']);
  });

  it('shows zeros as zeros and never withholds one, even beside the only other, withheld, count of its row', () => {
    // Naryn: no women, 3 men. The 0 stays; the 3 and the row total 3 are withheld, which leaves
    // x = T with two unknowns; the complements come from the non-zero cells.
    const input: ProtectTableInput = {
      dimensions: ['region', 'sex'],
      threshold: 5,
      cells: grid('region', 'sex', ['female', 'male'], { bishkek: [10, 20], osh: [0, 30], naryn: [0, 3] }).filter((c) => c.count > 0),
    };
    const table = protectTable(input);

    assert.deepEqual(find(table, { region: 'naryn', sex: 'female' }), { key: { region: 'naryn', sex: 'female' }, count: 0, suppressed: null });
    assert.deepEqual(find(table, { region: 'osh', sex: 'female' }).count, 0);
    assert.equal(find(table, { region: 'naryn', sex: 'male' }).suppressed, 'primary');
    assert.equal(find(table, { region: 'naryn', sex: T }).suppressed, 'primary');
    assert.ok(all(table).every((c) => c.count !== 0 || c.suppressed === null), 'no zero is withheld');
    assertProtected(table, 5);
    assert.deepEqual(recoverable(table), []);
    assert.deepEqual(recoverableByElimination(table), []);
  });

  it('a category listed by the caller but absent from the rows shows its zeros', () => {
    const table = protectTable({
      dimensions: ['region'],
      threshold: 5,
      categories: { region: ['bishkek', 'talas', 'osh'] },
      cells: [{ key: { region: 'osh' }, count: 8 }, { key: { region: 'bishkek' }, count: 9 }],
    });
    assert.deepEqual(table.cells.map((c) => [c.key.region, c.count]), [['bishkek', 9], ['talas', 0], ['osh', 8]]);
  });

  it('withholds a third count where the two small ones would add up to a small, and so exact, pair', () => {
    // [1, 1, 30, 40 | 72]: with only the 1s withheld every line holds two, yet the reader computes
    // 2 for the pair and, zeros being shown, 1 each.
    const cells = ['a', 'b', 'c', 'd'].map((band, i) => ({ key: { ageBand: band }, count: [1, 1, 30, 40][i] }));
    const series = protectSeries({ dimension: 'ageBand', threshold: 5, cells });
    assert.deepEqual(series.cells.map((c) => c.suppressed), ['primary', 'primary', 'secondary', null]);
    assert.equal(series.total.count, 72);

    const pairOnly = { ...series, cells: series.cells.map((c) => (c.suppressed === 'secondary' ? { ...c, count: 30, suppressed: null } : c)) };
    assert.deepEqual(recoverable(pairOnly), [], 'line by line nothing comes out');
    assert.throws(() => assertProtected(pairOnly, 5), /small-hidden-sum/);
  });

  it('where every line holds two withheld cells but one cell joins two blocks, elimination recovers that cell and the guard refuses it', () => {
    const cols = ['c1', 'c2', 'c3', 'c4'];
    const base = protectTable({ dimensions: ['region', 'unit'], threshold: 5, cells: grid('region', 'unit', cols, { a: [11, 12, 13, 14], b: [15, 16, 17, 18], c: [19, 20, 21, 22], d: [23, 24, 25, 26] }) });
    // Block {a,b} x {c1,c2}, block {c,d} x {c3,c4}, joined by a/c3.
    const table = withholding(base, [
      { region: 'a', unit: 'c1' }, { region: 'a', unit: 'c2' }, { region: 'b', unit: 'c1' }, { region: 'b', unit: 'c2' },
      { region: 'c', unit: 'c3' }, { region: 'c', unit: 'c4' }, { region: 'd', unit: 'c3' }, { region: 'd', unit: 'c4' },
      { region: 'a', unit: 'c3' },
    ]);

    assert.deepEqual(recoverable(table), []);
    assert.deepEqual(recoverableByElimination(table), [{ key: { region: 'a', unit: 'c3' }, count: 13 }]);
    assert.throws(() => assertProtected(table, 5), /"region":"a","unit":"c3"\} is withheld but fixed/);
  });

  it('the guard refuses a published count below the threshold', () => {
    const table = protectTable({ ...issueCase, threshold: 1 });
    assert.throws(() => assertProtected(table, 5), /"region":"bishkek","sex":"female"\} publishes 3, below the threshold 5/);
  });

  it('gives the same table whatever the order of the rows, and breaks ties between equal counts by key order', () => {
    const cells = grid('region', 'sex', ['female', 'male'], { bishkek: [3, 20], osh: [12, 30], chui: [9, 25], naryn: [9, 40] });
    const once = protectTable({ ...issueCase, cells });
    assert.deepEqual(protectTable({ ...issueCase, cells: [...cells].reverse() }), once);
    assert.deepEqual(protectTable({ ...issueCase, cells: [...cells.slice(3), ...cells.slice(0, 3)] }), once);
    // Chui and naryn both have 9 women: chui comes first in key order and is the complement.
    assert.equal(find(once, { region: 'chui', sex: 'female' }).suppressed, 'secondary');
    assert.equal(find(once, { region: 'naryn', sex: 'female' }).suppressed, null);

    // The key order is the caller's category order when given: naryn first, so naryn is chosen.
    const listed = protectTable({ ...issueCase, cells, categories: { region: ['naryn', 'chui', 'bishkek', 'osh'] } });
    assert.equal(find(listed, { region: 'naryn', sex: 'female' }).suppressed, 'secondary');
    assert.equal(find(listed, { region: 'chui', sex: 'female' }).suppressed, null);
  });

  it('refuses a repeated key, a negative or fractional count, a category named "*", and more than three dimensions', () => {
    const one = (count: number) => ({ key: { sex: 'male' }, count });
    assert.throws(() => protectTable({ dimensions: ['sex'], threshold: 5, cells: [one(3), one(4)] }), /comes twice/);
    assert.throws(() => protectTable({ dimensions: ['sex'], threshold: 5, cells: [one(-1)] }), RangeError);
    assert.throws(() => protectTable({ dimensions: ['sex'], threshold: 5, cells: [one(1.5)] }), RangeError);
    assert.throws(() => protectTable({ dimensions: ['sex'], threshold: 5, cells: [{ key: { sex: T }, count: 9 }] }), RangeError);
    assert.throws(() => protectTable({ dimensions: ['a', 'b', 'c', 'd'], threshold: 5, cells: [] }), /1 to 3 dimensions/);
    assert.throws(() => protectTable({ dimensions: ['sex'], threshold: 5, cells: [{ key: { sex: 'male', region: 'osh' }, count: 9 }] }), /no dimension/);
  });

  it('on 400 random small tables of one to three dimensions, publishes every true count that is safe and leaves nothing recoverable', () => {
    const random = prng(20261204);
    const pick = (n: number) => Math.floor(random() * n);
    let recoverableWithoutComplements = 0;
    for (let run = 0; run < 400; run++) {
      const dimensions = ['region', 'sex', 'ageBand'].slice(0, 1 + pick(3));
      const sizes = dimensions.map(() => 1 + pick(4));
      const threshold = 2 + pick(6);
      const cells: CountCell[] = [];
      const visit = (d: number, key: Record<string, string>) => {
        if (d === dimensions.length) {
          // A third zeros (left out of the rows, as a GROUP BY does), a third small, a third large.
          const kind = pick(3);
          if (kind > 0) cells.push({ key, count: kind === 1 ? 1 + pick(threshold) : threshold + pick(40) });
          return;
        }
        for (let i = 0; i < sizes[d]; i++) visit(d + 1, { ...key, [dimensions[d]]: `${dimensions[d]}-${i}` });
      };
      visit(0, {});
      const input = { dimensions, cells, threshold };
      const table = protectTable(input);
      const truth = all(protectTable({ ...input, threshold: 1 }));
      const context = JSON.stringify(input);

      assert.doesNotThrow(() => assertProtected(table, threshold), context);
      assert.deepEqual(recoverable(table), [], context);
      assert.deepEqual(recoverableByElimination(table), [], context);
      all(table).forEach((c, i) => {
        const count = truth[i].count!;
        assert.equal(c.suppressed === 'primary', count > 0 && count < threshold, context);
        if (c.count !== null) assert.equal(c.count, count, context);
        if (count === 0) assert.equal(c.suppressed, null, context);
      });
      if (recoverable(primaryOnly(input)).length > 0) recoverableWithoutComplements++;
    }
    assert.ok(recoverableWithoutComplements > 100, `primary suppression alone leaks in ${recoverableWithoutComplements} of 400 tables`);
  });
});
