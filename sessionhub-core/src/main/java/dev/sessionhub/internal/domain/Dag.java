package dev.sessionhub.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cycle detection over a directed graph given as node to successors. Iterative, O(nodes + edges). */
public final class Dag {

  private Dag() {}

  /** A cycle as a path that starts and ends at the same node, if the graph has one. */
  public static Optional<List<String>> findCycle(Map<String, List<String>> edges) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : edges.keySet()) {
      if (!state.containsKey(start)) {
        Optional<List<String>> cycle = walk(start, edges, state);
        if (cycle.isPresent()) {
          return cycle;
        }
      }
    }
    return Optional.empty();
  }

  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  private static Optional<List<String>> walk(String start, Map<String, List<String>> edges, Map<String, Integer> state) {
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
        return Optional.of(cycle);
      }
    }
    return Optional.empty();
  }
}
