"""Load proof: 64 concurrent readers for 60 s over the benchmark URL mix, against `make prod`.

    .venv/bin/python tests/stress/load.py [--duration 60] [--connections 64]

Starts deploy/local-prod.sh in the background (its ports must be free), discovers
the URL mix from the home page and the tag sitemap (home, article pages, sections,
tags, search, the feed: as bench/page_urls.py), fetches each once, then drives
https://127.0.0.1:8443 with wrk (keep-alive connections, a Lua script that cycles
through the mix and counts responses by status). Stops the stack, checks its
ports are free. Exit status 0 only with no socket error and every response
2xx/3xx. Figures go to var/stress/load.json.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import stack

WRK = shutil.which("wrk") or "/usr/bin/wrk"

LUA = r"""
local paths = {%(paths)s}
local nthreads = %(threads)d
local all_threads = {}
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
  table.insert(all_threads, thread)
end

function init(args)
  index = (offset * math.floor(#paths / nthreads)) %% #paths + 1
  statuses = {}
  seconds = {}
  wrk.headers["Accept-Encoding"] = "gzip"
end

function request()
  local path = paths[index]
  index = index %% #paths + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  local s = tostring(status)
  statuses[s] = (statuses[s] or 0) + 1
  -- Flat keys "second:status": wrk cannot copy nested tables between threads.
  local key = os.time() .. ":" .. s
  seconds[key] = (seconds[key] or 0) + 1
end

local function encode(tbl)
  local parts = {}
  for k, v in pairs(tbl) do table.insert(parts, string.format('"%%s": %%d', k, v)) end
  return "{" .. table.concat(parts, ", ") .. "}"
end

function done(summary, latency, requests)
  local total, timeline = {}, {}
  for _, thread in ipairs(all_threads) do
    for s, n in pairs(thread:get("statuses")) do total[s] = (total[s] or 0) + n end
    for key, n in pairs(thread:get("seconds")) do timeline[key] = (timeline[key] or 0) + n end
  end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "bytes": %%d, "p50_us": %%d, ' ..
    '"p90_us": %%d, "p99_us": %%d, "max_us": %%d, "connect_errors": %%d, "read_errors": %%d, ' ..
    '"write_errors": %%d, "timeouts": %%d, "non_2xx_3xx": %%d, "statuses": %%s, ' ..
    '"timeline": %%s}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, e.status, encode(total), encode(timeline)))
end
"""


def run_wrk(paths, *, duration, connections, threads, timeout_s=10):
    """wrk over ``paths`` against the stack; returns its figures as a dict."""
    with tempfile.TemporaryDirectory(prefix="stress-wrk-") as workdir:
        script = Path(workdir) / "mix.lua"
        quoted = ", ".join(json.dumps(p) for p in paths)  # JSON strings are Lua strings here
        script.write_text(LUA % {"paths": quoted, "threads": threads})
        command = [WRK, "-t", str(threads), "-c", str(connections), "-d", f"{duration}s"]
        command += ["--latency", "--timeout", f"{timeout_s}s", "-s", str(script), stack.BASE + "/"]
        stack.log("$ " + " ".join(command))
        result = subprocess.run(  # noqa: S603  (wrk against 127.0.0.1, fixed argv, no shell)
            command, capture_output=True, text=True, timeout=duration + 60, check=False
        )
    line = next((x for x in result.stdout.splitlines() if x.startswith("WRKJSON ")), None)
    if result.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    raw = json.loads(line[len("WRKJSON ") :])
    seconds = raw["duration_us"] / 1e6
    return {
        "command": " ".join([*command[:-3], "mix.lua", command[-1]]),
        "paths": len(paths),
        "connections": connections,
        "threads": threads,
        "seconds": round(seconds, 2),
        "requests": raw["requests"],
        "rps": round(raw["requests"] / seconds, 1),
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p90_ms": round(raw["p90_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 2),
        "socket_errors": {
            k: raw[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts")
        },
        "non_2xx_3xx": raw["non_2xx_3xx"],
        "statuses": dict(sorted(raw["statuses"].items())),
        "timeline": timeline(raw["timeline"]),
        "wrk_text": result.stdout.split("WRKJSON")[0].strip(),
    }


def timeline(flat):
    """{"<unix second>:<status>": n} → {second: {status: n}}, in order."""
    seconds = {}
    for key, count in flat.items():
        second, status = key.split(":")
        seconds.setdefault(int(second), {})[status] = count
    return {second: dict(sorted(v.items())) for second, v in sorted(seconds.items())}


def warm(client, mix):
    """Each URL of the mix once (also fills the page cache, as readers would)."""
    statuses = Counter()
    bad = []
    for urls in mix.values():
        for url in urls:
            status = client.get(url)[0]
            statuses[status] += 1
            if status != 200:
                bad.append((url, status))
    return statuses, bad


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", default=str(stack.LOG_DIR / "load.json"))
    args = parser.parse_args()
    if not 1 <= args.duration <= 600:
        parser.error("--duration must be 1..600 seconds")

    failures = []
    with stack.Stack("load"):
        client = stack.Client()
        mix = stack.discover(client)
        paths = stack.weave(mix)
        stack.log("URL mix: " + ", ".join(f"{k} {len(v)}" for k, v in mix.items()))
        _, bad = warm(client, mix)
        if bad:
            failures.append(f"warm-up: not 200: {bad}")
        result = run_wrk(
            paths, duration=args.duration, connections=args.connections, threads=args.threads
        )
    result["mix"] = {k: len(v) for k, v in mix.items()}
    result["mix_urls"] = mix
    errors = sum(result["socket_errors"].values())
    if errors:
        failures.append(f"socket errors: {result['socket_errors']}")
    if result["non_2xx_3xx"]:
        failures.append(f"non-2xx/3xx responses: {result['statuses']}")
    if not result["requests"]:
        failures.append("no requests completed")
    result["failures"] = failures
    Path(args.json).write_text(json.dumps(result, indent=2))

    print()
    print(result["wrk_text"])
    print()
    print(f"Load: {args.connections} connections, {result['seconds']} s, {result['paths']} URLs")
    print(f"  requests      {result['requests']}")
    print(f"  requests/s    {result['rps']}")
    print(f"  p50 / p90 / p99 / max  {result['p50_ms']} / {result['p90_ms']} / ", end="")
    print(f"{result['p99_ms']} / {result['max_ms']} ms")
    print(f"  by status     {result['statuses']}")
    print(f"  socket errors {result['socket_errors']}")
    print(f"  figures in    {args.json}")
    return stack.verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
