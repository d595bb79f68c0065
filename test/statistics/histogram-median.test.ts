import { strict as assert } from 'node:assert';
import { histogramMedian } from '../../statistics/indicators/histogram-median';

describe('statistics: the median of a histogram, as percentile_cont(0.5) of the expanded values', () => {
  it('an odd count gives the middle value, an even one the mean of the two middle ones', () => {
    assert.equal(histogramMedian([[3, 1], [1, 1], [2, 1]]), 2);
    assert.equal(histogramMedian([[1, 1], [2, 1], [3, 1], [10, 1]]), 2.5);
  });

  it('a repeated value counts as many times as it occurs, whatever the order of the buckets', () => {
    // 1, 1, 1, 5, 9: the middle is 1, not the middle bucket.
    assert.equal(histogramMedian([[9, 1], [5, 1], [1, 3]]), 1);
    // 1, 1, 5, 5: between the buckets.
    assert.equal(histogramMedian([[5, 2], [1, 2]]), 3);
  });

  it('the same value split over several rows of the histogram (a margin summed from cells) is one bucket', () => {
    assert.equal(histogramMedian([[4, 2], [7, 1], [4, 1], [0, 1]]), 4);
  });

  it('agrees with the median of the expanded list on random histograms', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let t = 0; t < 200; t++) {
      const histogram: Array<[number, number]> = Array.from({ length: 1 + Math.floor(random() * 8) }, () => [Math.floor(random() * 20) - 5, Math.floor(random() * 4)]);
      const values = histogram.flatMap(([v, n]) => Array<number>(n).fill(v)).sort((a, b) => a - b);
      const expected = values.length === 0 ? null : (values[Math.floor((values.length - 1) / 2)]! + values[Math.ceil((values.length - 1) / 2)]!) / 2;
      assert.equal(histogramMedian(histogram), expected, JSON.stringify(histogram));
    }
  });

  it('has none for an empty histogram or one of zero counts', () => {
    assert.equal(histogramMedian([]), null);
    assert.equal(histogramMedian([[3, 0]]), null);
  });
});
