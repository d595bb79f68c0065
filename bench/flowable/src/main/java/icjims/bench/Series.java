package icjims.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Latency and throughput of one benchmark series: the shape of bench/measure.ts's Series, without the name. */
record Series(int ops, double seconds, double opsPerSecond, double p50Ms, double p99Ms) {
  ObjectNode toJson() {
    return JsonNodeFactory.instance.objectNode()
        .put("ops", ops).put("seconds", seconds).put("opsPerSecond", opsPerSecond).put("p50Ms", p50Ms).put("p99Ms", p99Ms);
  }
}
