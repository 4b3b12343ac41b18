package dev.sessionhub.internal.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds cycles in a directed graph of nodes {@code 0..n-1} by depth-first search, visiting nodes
 * and edges in order, so the result is deterministic. Each cycle is reported once per closing
 * edge, as the path from its first visited node back to that node.
 */
final class CycleFinder {

  private static final int NEW = 0;
  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  private final List<List<Integer>> edges;
  private final int[] state;
  private final List<Integer> path = new ArrayList<>();
  private final List<List<Integer>> cycles = new ArrayList<>();

  private CycleFinder(List<List<Integer>> edges) {
    this.edges = edges;
    this.state = new int[edges.size()];
  }

  /** The cycles, each as {@code [a, b, ..., a]}; {@code edges.get(i)} lists the targets of node i. */
  static List<List<Integer>> find(List<List<Integer>> edges) {
    CycleFinder finder = new CycleFinder(edges);
    for (int node = 0; node < edges.size(); node++) {
      if (finder.state[node] == NEW) {
        finder.visit(node);
      }
    }
    return finder.cycles;
  }

  private void visit(int node) {
    state[node] = ON_PATH;
    path.add(node);
    for (int next : edges.get(node)) {
      if (state[next] == ON_PATH) {
        cycles.add(cycleBackTo(next));
      } else if (state[next] == NEW) {
        visit(next);
      }
    }
    path.remove(path.size() - 1);
    state[node] = DONE;
  }

  private List<Integer> cycleBackTo(int node) {
    List<Integer> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
    cycle.add(node);
    return cycle;
  }
}
