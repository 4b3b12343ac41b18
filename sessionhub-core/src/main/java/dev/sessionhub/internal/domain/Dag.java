package dev.sessionhub.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cycle detection over a directed graph given as node to successors, the one place the "no
 * cycles" rule of goal dependencies and sub-goals is computed (for sessions and templates).
 * Depth-first, iterative, in the map's iteration order, so results are deterministic.
 */
public final class Dag {

  private Dag() {}

  /** A cycle as a path that starts and ends at the same node, if the graph has one. */
  public static Optional<List<String>> findCycle(Map<String, List<String>> edges) {
    return findCycles(edges).stream().findFirst();
  }

  /** Every cycle closed by a back edge of the depth-first search, each as {@code [a, ..., a]}. */
  public static List<List<String>> findCycles(Map<String, List<String>> edges) {
    Map<String, Integer> state = new HashMap<>();
    List<List<String>> cycles = new ArrayList<>();
    for (String start : edges.keySet()) {
      if (!state.containsKey(start)) {
        walk(start, edges, state, cycles);
      }
    }
    return cycles;
  }

  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  private static void walk(String start, Map<String, List<String>> edges, Map<String, Integer> state,
      List<List<String>> cycles) {
    List<String> path = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    path.add(start);
    next.add(0);
    state.put(start, ON_PATH);
    while (!path.isEmpty()) {
      int top = path.size() - 1;
      String node = path.get(top);
      List<String> succ = edges.getOrDefault(node, List.of());
      int i = next.get(top);
      if (i == succ.size()) {
        state.put(node, DONE);
        path.remove(top);
        next.remove(top);
        continue;
      }
      next.set(top, i + 1);
      String s = succ.get(i);
      Integer st = state.get(s);
      if (st == null) {
        state.put(s, ON_PATH);
        path.add(s);
        next.add(0);
      } else if (st == ON_PATH) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(s), path.size()));
        cycle.add(s);
        cycles.add(cycle);
      }
    }
  }
}
