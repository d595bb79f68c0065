package icjims.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;

/**
 * The Flowable 7 peer of ICJIMS's step benchmark (bench/run.ts), embedded in this JVM on the given
 * PostgreSQL: user-task completions carrying a custody decision's variables (a cold round, then
 * the reported warm one), and many timers due at one instant fired by the async executor. The
 * same machine and the same database server let bench/flowable-peer.ts set the system's figures
 * beside a mature BPMN engine's. One JSON line on stdout; all else on stderr.
 *
 * Arguments (each also from the environment): --jdbc-url (FLOWABLE_JDBC_URL), --user
 * (FLOWABLE_JDBC_USER), --password (FLOWABLE_JDBC_PASSWORD), --tasks (400), --threads (16),
 * --timers (1000), --timer-margin-seconds (30).
 */
public final class FlowableBench {
  private FlowableBench() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    String url = required(opts, "jdbc-url", "FLOWABLE_JDBC_URL");
    String user = required(opts, "user", "FLOWABLE_JDBC_USER");
    String password = opts.getOrDefault("password", System.getenv().getOrDefault("FLOWABLE_JDBC_PASSWORD", ""));
    int tasks = Integer.parseInt(opts.getOrDefault("tasks", "400"));
    int threads = Integer.parseInt(opts.getOrDefault("threads", "16"));
    int timers = Integer.parseInt(opts.getOrDefault("timers", "1000"));
    int margin = Integer.parseInt(opts.getOrDefault("timer-margin-seconds", "30"));
    // The pool must not be what limits the series: every client thread holds a connection while
    // it works, and the async executor (8 threads and 2 acquirers by default) holds some too.
    int maxConnections = threads + 10;

    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(url).setJdbcDriver("org.postgresql.Driver").setJdbcUsername(user).setJdbcPassword(password)
        .setJdbcMaxActiveConnections(maxConnections).setJdbcMaxIdleConnections(maxConnections)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setAsyncExecutorActivate(true);
    System.err.println("building the Flowable engine (schema created on first use)");
    ProcessEngine engine = config.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment().name("icjims peer benchmark")
          .addClasspathResource("custody-decision.bpmn20.xml").addClasspathResource("simultaneous-timer.bpmn20.xml").deploy();
      ObjectMapper json = new ObjectMapper();
      ObjectNode out = json.createObjectNode().put("flowableVersion", flowableVersion()).put("engineVersion", ProcessEngine.VERSION);
      out.set("settings", settings(json, config, tasks, threads, timers, maxConnections));

      System.err.printf("user tasks: cold round of %d on %d threads%n", tasks, threads);
      Series cold = TaskCompletions.round(engine, tasks, threads);
      System.err.printf("user tasks: warm round of %d on %d threads%n", tasks, threads);
      Series warm = TaskCompletions.round(engine, tasks, threads);
      out.set("tasks", warm.toJson());
      out.set("tasksCold", cold.toJson());

      System.err.printf("timers: %d due in %d s%n", timers, margin);
      out.set("timers", SimultaneousTimers.run(engine, timers, threads, margin));
      System.out.println(json.writeValueAsString(out));
    } finally {
      engine.close();
    }
  }

  private static ObjectNode settings(ObjectMapper json, ProcessEngineConfigurationImpl config, int tasks, int threads, int timers, int maxConnections) {
    AsyncExecutor async = config.getAsyncExecutor();
    ObjectNode s = json.createObjectNode().put("tasks", tasks).put("threads", threads).put("timers", timers)
        .put("jdbcMaxActiveConnections", maxConnections).put("history", config.getHistoryLevel().getKey());
    s.putObject("asyncExecutor")
        .put("corePoolSize", config.getAsyncExecutorCorePoolSize()).put("maxPoolSize", config.getAsyncExecutorMaxPoolSize())
        .put("queueSize", config.getAsyncExecutorThreadPoolQueueSize())
        .put("maxTimerJobsPerAcquisition", async.getMaxTimerJobsPerAcquisition())
        .put("maxAsyncJobsDuePerAcquisition", async.getMaxAsyncJobsDuePerAcquisition())
        .put("timerJobAcquireWaitMs", async.getDefaultTimerJobAcquireWaitTimeInMillis())
        .put("asyncJobAcquireWaitMs", async.getDefaultAsyncJobAcquireWaitTimeInMillis());
    return s;
  }

  private static String flowableVersion() throws Exception {
    try (InputStream in = FlowableBench.class.getResourceAsStream("/flowable-bench.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("flowable.version");
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) throw new IllegalArgumentException("expected --name value, got " + args[i]);
      opts.put(args[i].substring(2), args[++i]);
    }
    return opts;
  }

  private static String required(Map<String, String> opts, String name, String env) {
    String v = opts.getOrDefault(name, System.getenv(env));
    if (v == null || v.isEmpty()) throw new IllegalArgumentException("--" + name + " or " + env + " is required");
    return v;
  }
}
