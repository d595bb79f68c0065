package icjims.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.ProcessEngine;

/**
 * The timer series: `timers` instances whose intermediate timers are all due at one instant
 * (start + margin), fired by the engine's async executor; lateness = fired instant - due.
 */
final class SimultaneousTimers {
  static final String PROCESS_KEY = "simultaneousTimer";
  /** How long after the due instant the series waits for the last timer. */
  static final long WAIT_AFTER_DUE_MS = 5 * 60_000;

  private SimultaneousTimers() {}

  static ObjectNode run(ProcessEngine engine, int timers, int threads, int marginSeconds) throws InterruptedException {
    long startedAt = System.currentTimeMillis();
    long due = startedAt + marginSeconds * 1000L;
    Set<String> ids = ConcurrentHashMap.newKeySet();
    Concurrent.run(timers, threads, (i) ->
        ids.add(engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of("due", new Date(due))).getId()));
    long allStarted = System.currentTimeMillis();
    if (allStarted >= due) {
      throw new IllegalStateException("starting " + timers + " timer instances took " + (allStarted - startedAt) + " ms, past the "
          + marginSeconds + " s margin to their due instant: raise --timer-margin-seconds");
    }
    System.err.printf("started %d timers in %d ms; due in %d ms%n", timers, allStarted - startedAt, due - allStarted);
    long giveUp = due + WAIT_AFTER_DUE_MS;
    while (firedOf(ids) < timers && System.currentTimeMillis() < giveUp) Thread.sleep(100);
    double[] latenessMs = ids.stream().map(TimerFiredListener.FIRED_AT::get).filter(at -> at != null)
        .mapToDouble(at -> at - due).sorted().toArray();
    if (latenessMs.length < timers) System.err.printf("only %d of %d timers fired by due + %d s%n", latenessMs.length, timers, WAIT_AFTER_DUE_MS / 1000);
    ObjectNode result = JsonNodeFactory.instance.objectNode()
        .put("timers", timers).put("fired", latenessMs.length)
        .put("startSeconds", (allStarted - startedAt) / 1e3).put("marginSeconds", marginSeconds);
    // minMs shows the acquisition's phase: the async executor looks for due timers every 10 s by
    // default, so the first fires 0 to 10 s late by chance, and maxMs - minMs is the work itself.
    if (latenessMs.length == 0) return result.putNull("minMs").putNull("p50Ms").putNull("p99Ms").putNull("maxMs");
    return result.put("minMs", latenessMs[0]).put("p50Ms", Concurrent.percentile(latenessMs, 0.5))
        .put("p99Ms", Concurrent.percentile(latenessMs, 0.99)).put("maxMs", latenessMs[latenessMs.length - 1]);
  }

  private static long firedOf(Set<String> ids) {
    return ids.stream().filter(TimerFiredListener.FIRED_AT::containsKey).count();
  }
}
