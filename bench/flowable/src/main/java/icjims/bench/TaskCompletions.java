package icjims.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;

/**
 * The user-task series: N instances of the one-user-task process are started (not timed), each
 * with the four variables of ICJIMS's custody decision; then the N tasks are completed by
 * `threads` threads, each completion passing the four variables again, and each timed.
 */
final class TaskCompletions {
  static final String PROCESS_KEY = "custodyDecision";

  private TaskCompletions() {}

  /** One round: start `tasks` instances, then complete their tasks concurrently. */
  static Series round(ProcessEngine engine, int tasks, int threads) {
    Concurrent.run(tasks, threads, (i) -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, decision()));
    List<Task> open = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).list();
    if (open.size() != tasks) throw new IllegalStateException("expected " + tasks + " open tasks, found " + open.size());
    return Concurrent.run(tasks, threads, (i) -> engine.getTaskService().complete(open.get(i).getId(), decision()));
  }

  /** A synthetic custody decision: what ICJIMS's bench (bench/run.ts) submits as the judge's step. */
  static Map<String, Object> decision() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("decidedAt", Instant.now().toString());
    vars.put("court", "Synthetic District Court No. 1");
    vars.put("outcome", "custody");
    vars.put("termMonths", 2);
    return vars;
  }
}
