#!/usr/bin/env python3
"""Per-iteration percentiles from a JMH SampleTime result file (-rf json).

JMH reports the percentiles of all samples pooled, with an error only on the mean. This script
takes each measurement iteration's own p50, p99 and p99.9 and reports, for each percentile, the
mean over the iterations with a 99.9% confidence half-width (Student t, as JMH does for the
score), the range over the iterations, and JMH's pooled value. Usage: percentiles.py result.json
"""
import json
import statistics
import sys
from statistics import NormalDist

PERCENTILES = (0.50, 0.99, 0.999)


def t_quantile(p, df):
    """Student t quantile by the Cornish-Fisher expansion around the normal one (good for df >= 5)."""
    z = NormalDist().inv_cdf(p)
    v = float(df)
    return (z + (z**3 + z) / (4 * v) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * v**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * v**3)
            + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * v**4))


def percentile(histogram, p):
    """The p-quantile of a [[value, count], ...] histogram (nearest rank)."""
    pairs = sorted(histogram)
    total = sum(c for _, c in pairs)
    rank = max(1, int(-(-p * total // 1)))
    seen = 0
    for value, count in pairs:
        seen += count
        if seen >= rank:
            return value
    return pairs[-1][0]


def summarize(result):
    metric = result["primaryMetric"]
    iterations = [it for fork in metric["rawDataHistogram"] for it in fork]
    name = result["benchmark"].rsplit(".", 2)[-2] + "." + result["benchmark"].rsplit(".", 1)[-1]
    params = ",".join(f"{k}={v}" for k, v in (result.get("params") or {}).items())
    samples = sum(c for it in iterations for _, c in it)
    print(f"{name} [{params}] {metric['scoreUnit']}: {len(metric['rawDataHistogram'])} forks, "
          f"{len(iterations)} iterations, {samples} samples; mean {metric['score']:.3f} ± {metric['scoreError']:.3f}")
    print(f"  {'':6} {'mean of iterations':>20} {'± 99.9% CI':>11} {'min':>10} {'max':>10} {'pooled (JMH)':>13}")
    for p in PERCENTILES:
        values = [percentile(it, p) for it in iterations]
        mean = statistics.fmean(values)
        half = t_quantile(0.9995, len(values) - 1) * statistics.stdev(values) / len(values) ** 0.5
        pooled = metric["scorePercentiles"][f"{round(p * 100, 1)}"]
        print(f"  p{p * 100:<5g} {mean:>20.3f} {half:>11.3f} {min(values):>10.3f} {max(values):>10.3f} {pooled:>13.3f}")


if __name__ == "__main__":
    for r in json.load(open(sys.argv[1])):
        summarize(r)
