package dev.sessionhub.benchmarks.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's load while a benchmark runs: the 1-minute load average and the CPU time of each
 * kind from {@code /proc/stat}, so that a measurement can print the share of CPU time the VM's
 * host stole ({@code steal}) beside the load average. Linux only; elsewhere it reports nothing.
 */
final class MachineLoad {

  private final long[] start;
  private final String loadAtStart;

  private MachineLoad(long[] start, String loadAtStart) {
    this.start = start;
    this.loadAtStart = loadAtStart;
  }

  /** Starts a measurement window now. */
  static MachineLoad start() {
    return new MachineLoad(cpu(), loadAverage());
  }

  /** The load averages at the start and now, and the CPU shares of the window (steal among them). */
  String summary() {
    long[] now = cpu();
    if (now.length < 8 || start.length < 8) {
      return "load " + loadAtStart + " -> " + loadAverage() + " (no /proc/stat)";
    }
    long total = 0;
    long[] d = new long[8];
    for (int i = 0; i < 8; i++) {
      d[i] = now[i] - start[i];
      total += d[i];
    }
    double t = Math.max(1, total);
    return String.format(Locale.ROOT, "load %s -> %s; CPU user %.0f%%, system %.0f%%, idle %.0f%%, iowait %.0f%%,"
        + " steal %.1f%%", loadAtStart, loadAverage(), 100 * (d[0] + d[1]) / t, 100 * (d[2] + d[5] + d[6]) / t,
        100 * d[3] / t, 100 * d[4] / t, 100 * d[7] / t);
  }

  /** The steal share of the window, in percent (NaN without /proc/stat). */
  double stealPercent() {
    long[] now = cpu();
    if (now.length < 8 || start.length < 8) {
      return Double.NaN;
    }
    long total = 0;
    for (int i = 0; i < 8; i++) {
      total += now[i] - start[i];
    }
    return 100.0 * (now[7] - start[7]) / Math.max(1, total);
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** user nice system idle iowait irq softirq steal, in clock ticks since boot. */
  private static long[] cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
        if (line.startsWith("cpu ")) {
          String[] f = line.trim().split("\\s+");
          long[] v = new long[8];
          for (int i = 0; i < 8 && i + 1 < f.length; i++) {
            v[i] = Long.parseLong(f[i + 1]);
          }
          return v;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return new long[0];
  }

  /** Prints the current load, for scripts: {@code java -cp benchmarks.jar ...MachineLoad [seconds]}. */
  public static void main(String[] args) throws InterruptedException {
    MachineLoad m = start();
    Thread.sleep(1000L * (args.length > 0 ? Integer.parseInt(args[0]) : 5));
    System.out.println(m.summary());
  }
}
