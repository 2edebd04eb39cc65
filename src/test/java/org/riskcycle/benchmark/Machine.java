package org.riskcycle.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the benchmark ran on. */
final class Machine {

  private Machine() {
  }

  static Map<String, Object> describe() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cpus", Runtime.getRuntime().availableProcessors());
    machine.put("cpu_model", firstLine("/proc/cpuinfo", "model name"));
    machine.put("memory", firstLine("/proc/meminfo", "MemTotal"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("benchmark_jvm_max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("load_average_at_start", loadAverage());
    return machine;
  }

  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Resident memory of a process in MB, from /proc. */
  static double residentMegabytes(long pid) {
    String line = firstLine("/proc/" + pid + "/status", "VmRSS");
    if (line == null) {
      return Double.NaN;
    }
    return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 102.4) / 10.0;
  }

  private static String firstLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(prefix))
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}
