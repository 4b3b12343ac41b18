#!/usr/bin/env python3
"""Ratios of the JDBC write benchmarks over interleaved rounds, with bootstrap intervals.

Usage: write-ratios.py round1.json round2.json ...   (each a JMH -rf json file of JdbcCreate)

For every benchmark method: the pooled p50 and p99 over all rounds' samples, and each round's own
p50. For each ratio (hub / hand-written of the same statements, hub / single-row INSERT+COMMIT):
the ratio of the pooled p50s, every round's own ratio (no round is left out), and a 95% bootstrap
interval that resamples whole rounds with replacement (the rounds, not the samples, are the
independent units: the machine's load changes between rounds, not between samples), then pools
the chosen rounds' histograms and takes the ratio of their p50s (5,000 resamples, fixed seed).
"""
import json
import random
import sys
from collections import defaultdict

from percentiles import percentile as quantile

RATIOS = [
    ("createFromTemplate", "handWritten"),
    ("createFromTemplate", "handWrittenWithJson"),
    ("createFromTemplate", "singleRowInsert"),
    ("handWritten", "singleRowInsert"),
    ("addComment", "handWrittenComment"),
    ("addComment", "handWrittenCommentWithJson"),
    ("addComment", "singleRowInsert"),
    ("handWrittenComment", "singleRowInsert"),
]


def load(path):
    """{method: [[value, count], ...]} pooled over the file's forks and iterations."""
    out = defaultdict(list)
    with open(path) as f:
        for result in json.load(f):
            method = result["benchmark"].rsplit(".", 1)[1]
            for fork in result["primaryMetric"]["rawDataHistogram"]:
                for iteration in fork:
                    out[method].extend(iteration)
    return out


def pooled(rounds, method):
    hist = []
    for r in rounds:
        hist.extend(r.get(method, []))
    return hist


def main(paths):
    rounds = [load(p) for p in paths]
    methods = sorted({m for r in rounds for m in r})
    print(f"{len(rounds)} rounds: " + ", ".join(paths))
    print(f"\n{'method':24} {'samples':>8} {'p50 us':>9} {'p99 us':>9}   p50 per round")
    for m in methods:
        h = pooled(rounds, m)
        n = sum(c for _, c in h)
        per = " ".join(f"{quantile(r[m], 0.5):.0f}" if m in r else "-" for r in rounds)
        print(f"{m:24} {n:8d} {quantile(h, 0.5):9.1f} {quantile(h, 0.99):9.1f}   {per}")
    rng = random.Random(20261130)
    print(f"\n{'ratio of p50':44} {'pooled':>7} {'95% bootstrap':>16}   per round")
    for a, b in RATIOS:
        usable = [r for r in rounds if a in r and b in r]
        if not usable:
            continue
        ratio = quantile(pooled(usable, a), 0.5) / quantile(pooled(usable, b), 0.5)
        per = " ".join(f"{quantile(r[a], 0.5) / quantile(r[b], 0.5):.2f}" for r in usable)
        boot = []
        for _ in range(5000):
            pick = [usable[rng.randrange(len(usable))] for _ in usable]
            boot.append(quantile(pooled(pick, a), 0.5) / quantile(pooled(pick, b), 0.5))
        boot.sort()
        lo, hi = boot[int(0.025 * len(boot))], boot[int(0.975 * len(boot)) - 1]
        print(f"{a + ' / ' + b:44} {ratio:7.2f} {lo:7.2f} - {hi:5.2f}   {per}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
