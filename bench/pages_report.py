"""Tables and charts of bench/pages.py's results: docs/benchmarks.md and docs/img/bench-*.svg.

Everything is regenerated from bench/results/pages-*.json, one file per archive
size, so a run at one size never loses the others. The charts are plain SVG
written here (no plotting library in the project).
"""

import json
import math
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
REPORT = ROOT / "docs" / "benchmarks.md"
IMAGES = ROOT / "docs" / "img"

# (key in "runs", label, key in "queries", which query count)
ROWS = [
    ("bare", "bare view (start)", "bare", "warm"),
    ("article_cold", "article, cold", "article", "cold"),
    ("article_warm", "article, warm", "article", "warm"),
    ("home", "home", "home", "warm"),
    ("section", "section", "section", "warm"),
    ("tag", "tag", "tag", "warm"),
    ("search", "search", "search", "warm"),
    ("feed", "feed", "feed", "warm"),
    ("bare_end", "bare view (end)", "bare", "warm"),
    ("article_cached", "article, page cache", None, None),
    ("home_cached", "home, page cache", None, None),
    ("bare_cached", "bare view, page cache", None, None),
]
LABELS = {key: label for key, label, _, _ in ROWS}
# Page types charted against archive size.
CHARTED = [
    "bare",
    "article_cold",
    "article_warm",
    "home",
    "section",
    "tag",
    "search",
    "feed",
    "article_cached",
    "home_cached",
]
COLORS = [
    "#444444",
    "#9ecae1",
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#17becf",
    "#e377c2",
]

TARGET_SIZE = 100_000
# 2.5 ms of worker CPU per article page / 0.35 ms per bare view (issue 10, quiet machine).
BARE_UNITS_TARGET = 2.5 / 0.35


def load_results():
    results = [json.loads(path.read_text()) for path in RESULTS_DIR.glob("pages-*.json")]
    return sorted(results, key=lambda result: result["articles"])


def bare_rps(result):
    """The reference: the bare view's requests/s, mean of its runs before and after the pages."""
    runs = result["runs"]
    values = [runs[key]["rps"] for key in ("bare", "bare_end") if key in runs]
    return sum(values) / len(values)


def bare_cpu(result):
    """The bare view's worker CPU per request (mean of its two runs): this machine's unit."""
    runs = result["runs"]
    values = [runs[key]["worker_cpu_ms"] for key in ("bare", "bare_end") if key in runs]
    return sum(values) / len(values)


def size_label(count):
    if count >= 1_000_000 and count % 1_000_000 == 0:
        return f"{count // 1_000_000} M"
    if count >= 1000 and count % 1000 == 0:
        return f"{count // 1000} k"
    return str(count)


def rows_of(result):
    runs, queries, reference = result["runs"], result["queries"], bare_rps(result)
    unit = bare_cpu(result)
    hits = runs.get("page_cache_check", {})
    rows = []
    for key, label, query_type, which in ROWS:
        run = runs.get(key)
        if run is None:
            continue
        if query_type:
            query_count = str(queries[query_type][which])
        else:
            kind = key.removesuffix("_cached")
            seen = hits.get(f"{kind}_sample") or [hits.get(kind)]
            hit_share = seen.count("hit") / len(seen)
            query_count = "0 (hit)" if hit_share == 1 else f"0 on hits ({hit_share:.0%} of sample)"
        rows.append(
            {
                "key": key,
                "label": label,
                "urls": run["paths"],
                "rps": run["rps"],
                "ratio": run["rps"] / reference,
                "p50": run["p50_ms"],
                "p99": run["p99_ms"],
                "queries": query_count,
                "worker": run["worker_cpu_ms"],
                "worker_x_bare": run["worker_cpu_ms"] / unit if unit else float("nan"),
                "pg": run["pg_cpu_ms"],
                "redis": run.get("redis_cpu_ms"),
                "requests": run["requests"],
                "failed": run["non_2xx_3xx"] + run["errors"],
            }
        )
    return rows


HEADER = [
    "Page",
    "URLs",
    "Requests",
    "req/s",
    "% of bare",
    "p50 ms",
    "p99 ms",
    "Queries",
    "Worker CPU ms/req",
    "× bare CPU",
    "PostgreSQL CPU ms/req",
    "Redis CPU ms/req",
]


def _cells(row):
    failed = f" ({row['failed']} failed)" if row["failed"] else ""
    return [
        row["label"],
        str(row["urls"]),
        f"{row['requests']}{failed}",
        f"{row['rps']:.0f}",
        f"{row['ratio']:.0%}",
        f"{row['p50']:.1f}",
        f"{row['p99']:.1f}",
        row["queries"],
        f"{row['worker']:.2f}",
        f"{row['worker_x_bare']:.1f}",
        f"{row['pg']:.2f}",
        "" if row["redis"] is None else f"{row['redis']:.2f}",
    ]


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def table(result):
    """The results of one run as a plain-text table (printed by bench/pages.py)."""
    rows = [_cells(row) for row in rows_of(result)]
    widths = [max(len(line[i]) for line in [HEADER, *rows]) for i in range(len(HEADER))]
    lines = [f"{size_label(result['articles'])} stories; bare view {bare_rps(result):.0f} req/s"]
    for cells in [HEADER, *rows]:
        lines.append(
            "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        )
    lines += ["", *[f"{mark} {text}" for mark, text in targets_of(result)]]
    return "\n".join(lines)


def targets_of(result):
    runs, reference = result["runs"], bare_rps(result)
    checks = []
    warm = runs.get("article_warm")
    if warm:
        cpu = warm["worker_cpu_ms"]
        checks.append((cpu <= 2.5, f"article, warm: worker CPU {cpu:.2f} ms/request (≤ 2.5 ms)"))
        # The same target in units of the bare view, which survives a busy machine: 2.5 ms
        # against the bare view's 0.35 ms measured on a quiet machine like this one.
        times = cpu / bare_cpu(result)
        checks.append(
            (
                times <= BARE_UNITS_TARGET,
                f"article, warm: worker CPU {times:.1f}× the bare view's in the same run "
                f"(≤ {BARE_UNITS_TARGET:.1f}×, i.e. 2.5 ms at the quiet-machine 0.35 ms)",
            )
        )
        share = warm["rps"] / reference
        checks.append((share >= 0.15, f"article, warm: {share:.0%} of bare req/s (≥ 15 %)"))
    for key in ("article_cached", "home_cached"):
        if key in runs:
            share = runs[key]["rps"] / reference
            checks.append((share >= 0.85, f"{LABELS[key]}: {share:.0%} of bare req/s (≥ 85 %)"))
    return [("✅" if ok else "❌", text) for ok, text in checks]


def scaling_table(results):
    """Each page type at the largest size against the smallest one."""
    small, large = results[0], results[-1]
    header = [
        "Page",
        f"req/s {size_label(small['articles'])}",
        f"req/s {size_label(large['articles'])}",
        "req/s ratio",
        f"CPU × bare {size_label(small['articles'])}",
        f"CPU × bare {size_label(large['articles'])}",
        "CPU ratio",
        "Within 1.5×",
    ]
    lines = []
    for key in CHARTED:
        if key not in small["runs"] or key not in large["runs"]:
            continue
        a, b = small["runs"][key], large["runs"][key]
        # In units of the bare view's worker CPU of the same run: runs at different
        # times on a shared machine differ in absolute CPU per request.
        cpu_a = (a["worker_cpu_ms"] + a["pg_cpu_ms"] + a.get("redis_cpu_ms", 0)) / bare_cpu(small)
        cpu_b = (b["worker_cpu_ms"] + b["pg_cpu_ms"] + b.get("redis_cpu_ms", 0)) / bare_cpu(large)
        rps_ratio = a["rps"] / b["rps"]
        cpu_ratio = cpu_b / cpu_a if cpu_a else float("nan")
        ok = cpu_ratio <= 1.5
        lines.append(
            [
                LABELS[key],
                f"{a['rps']:.0f}",
                f"{b['rps']:.0f}",
                f"{rps_ratio:.2f}×",
                f"{cpu_a:.1f}",
                f"{cpu_b:.1f}",
                f"{cpu_ratio:.2f}×",
                "✅" if ok else "❌",
            ]
        )
    return markdown_table(header, lines)


# --- SVG ----------------------------------------------------------------------------------

WIDTH, HEIGHT = 820, 440
LEFT, RIGHT, TOP, BOTTOM = 70, 200, 44, 56


def _svg(body, title):
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">\n'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>\n'
        f'<text x="{WIDTH / 2}" y="24" text-anchor="middle" font-size="15" '
        f'font-weight="bold">{escape(title)}</text>\n{body}</svg>\n'
    )


def _log_ticks(low, high):
    ticks = []
    for exponent in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        for mantissa in (1, 2, 5):
            value = mantissa * 10**exponent
            if low <= value <= high:
                ticks.append(value)
    return ticks


def _fmt(value):
    return f"{value:g}" if value < 10_000 else f"{value / 1000:g}k"


def line_chart(title, y_label, x_labels, series):
    """Lines over categorical x positions on a logarithmic y axis. series: [(name, [y|None])]."""
    values = [v for _, ys in series for v in ys if v]
    low = 10 ** math.floor(math.log10(min(values)))
    high = 10 ** math.ceil(math.log10(max(values)))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_at(i):
        return LEFT + (plot_w * (i + 0.5) / len(x_labels))

    def y_at(value):
        span = math.log10(high) - math.log10(low)
        return TOP + plot_h * (1 - (math.log10(value) - math.log10(low)) / span)

    parts = []
    for tick in _log_ticks(low, high):
        y = y_at(tick)
        parts.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt(tick)}</text>'
        )
    for i, label in enumerate(x_labels):
        parts.append(
            f'<text x="{x_at(i):.1f}" y="{TOP + plot_h + 20}" text-anchor="middle">'
            f"{escape(label)}</text>"
        )
    parts.append(
        f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#888"/>'
        f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 14}" text-anchor="middle">'
        "archive size (stories)</text>"
        f'<text transform="translate(18 {TOP + plot_h / 2}) rotate(-90)" text-anchor="middle">'
        f"{escape(y_label)} (log scale)</text>"
    )
    for index, (name, ys) in enumerate(series):
        color = COLORS[index % len(COLORS)]
        dash = ' stroke-dasharray="6 3"' if "cache" in name or "bare" in name else ""
        points = [(x_at(i), y_at(v)) for i, v in enumerate(ys) if v]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"{dash}/>'
            )
        parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{color}"/>' for x, y in points]
        legend_y = TOP + 8 + index * 18
        parts.append(
            f'<line x1="{WIDTH - RIGHT + 16}" x2="{WIDTH - RIGHT + 40}" y1="{legend_y}" '
            f'y2="{legend_y}" stroke="{color}" stroke-width="3"{dash}/>'
            f'<text x="{WIDTH - RIGHT + 46}" y="{legend_y + 4}">{escape(name)}</text>'
        )
    return _svg("\n".join(parts) + "\n", title)


def bar_chart(title, categories, groups, references):
    """Horizontal bars: for each category, one bar per group (archive size). Values in %."""
    values = [v for _, vs in groups for v in vs if v is not None]
    high = max(100, math.ceil(max(values) / 25) * 25)
    plot_w = WIDTH - LEFT - RIGHT - 60
    left = LEFT + 90
    band = 14 * len(groups) + 10
    height = TOP + band * len(categories) + BOTTOM

    def x_at(value):
        return left + plot_w * value / high

    parts = []
    for tick in range(0, high + 1, 25):
        x = x_at(tick)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{height - BOTTOM}" stroke="#ddd"/>'
            f'<text x="{x:.1f}" y="{height - BOTTOM + 16}" text-anchor="middle">{tick} %</text>'
        )
    for value, label in references:
        x = x_at(value)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP - 6}" y2="{height - BOTTOM}" '
            f'stroke="#c00" stroke-dasharray="4 3"/>'
            f'<text x="{x + 3:.1f}" y="{TOP - 8}" fill="#c00">{escape(label)}</text>'
        )
    for row, category in enumerate(categories):
        top = TOP + row * band + 5
        parts.append(
            f'<text x="{left - 8}" y="{top + band / 2}" text-anchor="end">{escape(category)}</text>'
        )
        for index, (_, vs) in enumerate(groups):
            value = vs[row]
            if value is None:
                continue
            y = top + index * 14
            parts.append(
                f'<rect x="{left}" y="{y}" width="{x_at(value) - left:.1f}" height="12" '
                f'fill="{COLORS[(index * 3 + 2) % len(COLORS)]}"/>'
                f'<text x="{x_at(value) + 4:.1f}" y="{y + 10}" font-size="10">{value:.0f} %</text>'
            )
    for index, (name, _) in enumerate(groups):
        legend_y = TOP + 8 + index * 18
        color = COLORS[(index * 3 + 2) % len(COLORS)]
        parts.append(
            f'<rect x="{WIDTH - RIGHT + 60}" y="{legend_y - 6}" width="14" height="12" '
            f'fill="{color}"/><text x="{WIDTH - RIGHT + 80}" y="{legend_y + 4}">'
            f"{escape(name)}</text>"
        )
    svg = _svg("\n".join(parts) + "\n", title)
    return svg.replace(f'height="{HEIGHT}"', f'height="{height}"', 2).replace(
        f"0 0 {WIDTH} {HEIGHT}", f"0 0 {WIDTH} {height}"
    )


def charts(results):
    sizes = [size_label(result["articles"]) for result in results]

    def series(field):
        return [
            (LABELS[key], [result["runs"].get(key, {}).get(field) for result in results])
            for key in CHARTED
            if any(key in result["runs"] for result in results)
        ]

    cpu_series = [
        (
            LABELS[key],
            [
                (run["worker_cpu_ms"] + run["pg_cpu_ms"] + run.get("redis_cpu_ms", 0)) or None
                if (run := result["runs"].get(key))
                else None
                for result in results
            ],
        )
        for key in CHARTED
        if any(key in result["runs"] for result in results)
    ]
    ratio_keys = [key for key in CHARTED if key != "bare"]
    groups = [
        (
            f"{size_label(result['articles'])} stories",
            [
                100 * result["runs"][key]["rps"] / bare_rps(result)
                if key in result["runs"]
                else None
                for key in ratio_keys
            ],
        )
        for result in results
    ]
    return {
        "bench-rps.svg": line_chart(
            "Requests per second by page type and archive size", "requests/s", sizes, series("rps")
        ),
        "bench-p99.svg": line_chart(
            "p99 latency by page type and archive size", "p99 latency, ms", sizes, series("p99_ms")
        ),
        "bench-cpu.svg": line_chart(
            "Server CPU per request (gunicorn workers + PostgreSQL + Redis)",
            "CPU ms per request",
            sizes,
            cpu_series,
        ),
        "bench-vs-bare.svg": bar_chart(
            "Requests per second as a share of the bare Django view (same run)",
            [LABELS[key] for key in ratio_keys],
            groups,
            [(15, "15 % target"), (85, "85 % target")],
        ),
    }


# --- docs/benchmarks.md -------------------------------------------------------------------


def machine_section(result):
    m = result["machine"]
    return "\n".join(
        [
            f"- CPU: {m['nproc']} × {m['cpu']} (`nproc` = {m['nproc']}), RAM {m['ram_gib']} GiB,"
            f" Linux {m['kernel']}",
            f"- {m['postgresql']}; Python {m['python']}; Django {m['django']}; {m['gunicorn']};"
            f" {m['redis'].split(' sha=')[0]}; {m['wrk']}",
        ]
    )


def size_section(result):
    config, database = result["config"], result["database"]
    load = ", ".join(f"{value:.1f}" for value in config["load_average_after"])
    span = result["article_span"]
    lines = [
        f"## {size_label(result['articles'])} stories",
        "",
        f"Measured {result['measured_at']}. {result['published']} published stories of "
        f"{result['articles']} generated (seed 1); database "
        f"{database['database_bytes'] / 2**20:.0f} MiB. wrk `-t {config['threads']} "
        f"-c {config['connections']} -d {config['duration_s']}s`; article pages: "
        f"{config['article_urls']} distinct URLs published from {span[0][:10]} to "
        f"{span[1][:10]}. Load average after the run: {load} (the machine is shared: "
        "requests/s and latencies are noisy, CPU per request much less so).",
        "",
        markdown_table(HEADER, [_cells(row) for row in rows_of(result)]),
        "",
        f"Bare view reference: {bare_rps(result):.0f} req/s (mean of its two runs).",
        "",
        *[f"- {mark} {text}" for mark, text in targets_of(result)],
        "",
    ]
    return "\n".join(lines)


def write_report():
    results = load_results()
    if not results:
        return []
    IMAGES.mkdir(parents=True, exist_ok=True)
    written = []
    for name, svg in charts(results).items():
        path = IMAGES / name
        path.write_text(svg)
        written.append(path)
    at_target = [r for r in results if r["articles"] == TARGET_SIZE]
    parts = [
        "# Page benchmarks",
        "",
        "Generated by `bench/pages.py` from `bench/results/pages-*.json`; do not edit by hand "
        "(`.venv/bin/python bench/pages.py --report-only` rewrites this file and the charts). "
        "How it measures: [bench/README.md](../bench/README.md#page-benchmark).",
        "",
        "## Machine",
        "",
        machine_section(results[-1]),
        "",
        "Server: gunicorn, 2 sync workers, `newsroom.settings.bench` (the production settings "
        "on loopback, plain HTTP), WhiteNoise, Redis as the shared cache, PostgreSQL on a Unix "
        "socket (throwaway cluster, fsync off). wrk on the same machine: it competes with the "
        "server for the 2 cores, as does everything else running on the machine.",
        "",
        f"## Targets ({size_label(TARGET_SIZE)} stories)",
        "",
    ]
    if at_target:
        parts += [f"- {mark} {text}" for mark, text in targets_of(at_target[0])]
    else:
        parts.append(f"Not measured at {size_label(TARGET_SIZE)} stories yet.")
    parts += ["", "### Scaling with the archive", ""]
    if len(results) > 1:
        parts += [
            f"Largest against smallest size measured ({size_label(results[-1]['articles'])} "
            f"against {size_label(results[0]['articles'])}; the target compares 1 M with 10 k). "
            "CPU is gunicorn workers + PostgreSQL + Redis per request, in units of the bare view's "
            "worker CPU in the same run; the target is judged on it here, since requests/s and "
            "absolute CPU move with the machine's other load.",
            "",
            scaling_table(results),
        ]
    else:
        parts.append("One size measured so far.")
    parts += [
        "",
        "## Charts",
        "",
        "![Requests per second by page type and archive size](img/bench-rps.svg)",
        "",
        "![p99 latency by page type and archive size](img/bench-p99.svg)",
        "",
        "![Server CPU per request by page type and archive size](img/bench-cpu.svg)",
        "",
        "![Requests per second as a share of the bare view](img/bench-vs-bare.svg)",
        "",
    ]
    parts += [size_section(result) for result in results]
    REPORT.write_text("\n".join(parts).rstrip() + "\n")
    written.append(REPORT)
    return written
