package dev.sessionhub.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/**
 * Live objects by class, as {@code jmap -histo:live} prints them (taking one runs a full
 * collection), and the difference of two such histograms per session.
 *
 * @param bytes shallow bytes per class name
 * @param instances instances per class name
 */
record ClassHistogram(Map<String, Long> bytes, Map<String, Long> instances) {

  /** The histogram of the live heap now. */
  static ClassHistogram take() throws Exception {
    Object out = ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
        new Object[] {new String[0]}, new String[] {String[].class.getName()});
    Map<String, Long> bytes = new HashMap<>();
    Map<String, Long> instances = new HashMap<>();
    for (String line : String.valueOf(out).split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":")) {
        instances.merge(f[3], Long.parseLong(f[1]), Long::sum);
        bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
      }
    }
    return new ClassHistogram(bytes, instances);
  }

  /** The classes that grew most from {@code before} to this, per session, as printable rows. */
  String growthSince(ClassHistogram before, int sessions, int rows) {
    List<String> names = bytes.keySet().stream().filter(name -> grown(name, before) > 0)
        .sorted((a, b) -> Long.compare(grown(b, before), grown(a, before))).limit(rows).toList();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %10s %12s  %s%n", "B/session",
        "objs/session", "class"));
    for (String name : names) {
      long objs = instances.getOrDefault(name, 0L) - before.instances.getOrDefault(name, 0L);
      out.append(String.format(Locale.ROOT, "  %10.0f %12.1f  %s%n", (double) grown(name, before) / sessions,
          (double) objs / sessions, name));
    }
    return out.toString();
  }

  private long grown(String name, ClassHistogram before) {
    return bytes.getOrDefault(name, 0L) - before.bytes.getOrDefault(name, 0L);
  }
}
