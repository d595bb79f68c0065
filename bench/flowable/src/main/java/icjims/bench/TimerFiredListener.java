package icjims.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;

/**
 * On the timer process's end event: records the wall-clock instant (ms) the timer fired, by
 * process instance id. A job retried after a failed attempt overwrites its earlier instant, so the
 * map keeps the attempt that went on (the last one).
 */
public class TimerFiredListener implements ExecutionListener {
  static final Map<String, Long> FIRED_AT = new ConcurrentHashMap<>();

  @Override
  public void notify(DelegateExecution execution) {
    FIRED_AT.put(execution.getProcessInstanceId(), System.currentTimeMillis());
  }
}
