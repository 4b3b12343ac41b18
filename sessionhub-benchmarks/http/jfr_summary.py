"""Where the request threads' time goes, from `jfr print --events jdk.ExecutionSample` output.

Usage: jfr_summary.py REAL.samples.txt FLOOR.samples.txt > profile.md

Only samples of Tomcat's request threads (http-nio-*) count. Each sample is charged to one layer:
walking its stack from the top, the first frame of a known layer owns it (JDK frames are charged
to the layer that called them). Prints each layer's share of samples for both sides, and the top
frames by self time of the first side, and the share of samples with a frame of a given kind
anywhere on the stack (inclusive: under the security filters, under the controller...).
"""
import collections
import re
import sys

LAYERS = [  # (name, class-name prefixes); the first match from the top of the stack wins
    ("SessionHub REST layer (starter web)", ("dev.sessionhub.spring.",)),
    ("SessionHub JSON writing", ("dev.sessionhub.json.", "dev.sessionhub.internal.json.")),
    ("the example app (the floor's handler)", ("dev.sessionhub.examples.",)),
    ("SessionHub hub, access, cache", ("dev.sessionhub.",)),
    ("Jackson", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("Caffeine", ("com.github.benmanes.caffeine.",)),
    ("Spring Security filters", ("org.springframework.security.",)),
    ("Spring MVC and web", ("org.springframework.web.", "org.springframework.http.")),
    ("other Spring", ("org.springframework.",)),
    ("Tomcat, HTTP, sockets", ("org.apache.",)),
]
INCLUSIVE = [  # (name, class-name prefixes): a sample counts when any frame matches
    ("under Spring Security's filter chain", ("org.springframework.security.web.FilterChainProxy",)),
    ("under the DispatcherServlet", ("org.springframework.web.servlet.DispatcherServlet",)),
    ("under a SessionHub controller", ("dev.sessionhub.spring.web.",)),
    ("in the SessionHub facade (get, search, addComment)", ("dev.sessionhub.internal.hub.",)),
    ("writing JSON (SessionJson, Jackson)", ("dev.sessionhub.json.", "dev.sessionhub.internal.json.", "tools.jackson.")),
    ("in the floor's handler", ("dev.sessionhub.examples.",)),
    ("Micrometer observation", ("io.micrometer.",)),
]
FRAME = re.compile(r"^\s+([\w$.<>]+)\(")


def samples(path):
    thread, frames, in_stack = None, [], False
    for line in open(path, encoding="utf-8"):
        if line.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif "sampledThread" in line:
            thread = line.split("=", 1)[1].strip()
        elif "stackTrace = [" in line:
            in_stack = True
        elif in_stack and line.strip() == "]":
            in_stack = False
            if thread and "http-nio" in thread and frames:
                yield frames
        elif in_stack:
            m = FRAME.match(line)
            if m:
                frames.append(m.group(1))


def layer(frames):
    for frame in frames:
        for name, prefixes in LAYERS:
            if frame.startswith(prefixes):
                return name
    return "JDK only (no known layer on the stack)"


def main(real_path, floor_path):
    sides = {}
    inclusive = {}
    tops = collections.Counter()
    for side, path in (("real", real_path), ("floor", floor_path)):
        counts = collections.Counter()
        under = collections.Counter()
        for frames in samples(path):
            counts[layer(frames)] += 1
            for name, prefixes in INCLUSIVE:
                if any(f.startswith(prefixes) for f in frames):
                    under[name] += 1
            if side == "real":
                tops[frames[0]] += 1
        sides[side] = counts
        inclusive[side] = under
    names = [n for n, _ in LAYERS] + ["JDK only (no known layer on the stack)"]
    totals = {s: max(1, sum(c.values())) for s, c in sides.items()}
    print(f"| layer (JFR samples of request threads) | real GET % ({totals['real']}) | floor GET % ({totals['floor']}) |")
    print("|---|---|---|")
    for n in names:
        r, f = sides["real"][n], sides["floor"][n]
        if r or f:
            print(f"| {n} | {100 * r / totals['real']:.1f} | {100 * f / totals['floor']:.1f} |")
    print()
    print("| samples with a frame ... (inclusive) | real GET % | floor GET % |")
    print("|---|---|---|")
    for n, _ in INCLUSIVE:
        r, f = inclusive["real"][n], inclusive["floor"][n]
        print(f"| {n} | {100 * r / totals['real']:.1f} | {100 * f / totals['floor']:.1f} |")
    print()
    print("Top frames by self samples, real GET:")
    print()
    for frame, c in tops.most_common(15):
        print(f"- {frame}: {100 * c / totals['real']:.1f}%")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
