package icjims.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs op(i) for i in [0, ops) on `threads` threads, timing each call (as bench/measure.ts's runConcurrent). */
final class Concurrent {
  private Concurrent() {}

  static Series run(int ops, int threads, IntConsumer op) {
    double[] latenciesMs = new double[ops];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < ops; i = next.getAndIncrement()) {
            long t0 = System.nanoTime();
            op.accept(i);
            latenciesMs[i] = (System.nanoTime() - t0) / 1e6;
          }
        }));
      }
      for (Future<?> w : workers) w.get();
    } catch (Exception e) {
      throw new IllegalStateException("a concurrent operation failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(latenciesMs);
    return new Series(ops, seconds, ops / seconds, percentile(latenciesMs, 0.5), percentile(latenciesMs, 0.99));
  }

  /** The q-th percentile (0..1) of sorted values, nearest-rank. */
  static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) return Double.NaN;
    int rank = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(q * sorted.length) - 1));
    return sorted[rank];
  }
}
