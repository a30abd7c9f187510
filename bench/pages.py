"""Page benchmark: the production server on a PostgreSQL archive of a given size, driven by wrk.

    .venv/bin/python bench/pages.py --articles 100000            # build, measure, report
    .venv/bin/python bench/pages.py --articles 100000 --reuse    # keep an existing database
    .venv/bin/python bench/pages.py --report-only                # docs/benchmarks.md again

Builds (or, with ``--reuse``, restarts) a throwaway PostgreSQL cluster in
``/tmp/newsroom-bench-<N>`` (Unix socket only unless ``--pg-port``; fsync off:
benchmark data only), fills it with ``generate_articles N --seed 1``, then
serves it with gunicorn (benchmark settings, 2 sync workers, loopback) and
measures every page type with wrk: requests/s, p50, p99, queries per page, and
the CPU that the gunicorn workers, the PostgreSQL cluster (and Redis) spent
per request, read from /proc. The bare Django view of the benchmark settings
is measured by the same server in the same run. Results go to
``bench/results/pages-<N>.json``; docs/benchmarks.md and the charts in
docs/img/ are regenerated from every results file. See bench/README.md.
"""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, suppress
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pages_report  # bench/ is not a package: imported from this directory

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
RESULTS_DIR = ROOT / "bench" / "results"
WRK = shutil.which("wrk") or "/usr/bin/wrk"
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WORKERS = 2

# The cluster: fast and unsafe (benchmark data only), big enough buffers to keep
# a 100 k archive in memory, nothing listening beyond the socket unless asked.
PG_SETTINGS = [
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "shared_buffers=512MB",
    "maintenance_work_mem=512MB",
    "max_wal_size=4GB",
    "max_connections=50",
]


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def pg_bin():
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[4]))
    if not found:
        sys.exit("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin.")
    return found[-1].parent


def as_postgres(command):
    # initdb and postgres refuse to run as root.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def run(command, *, timeout, env=None, capture=False):
    log("$ " + " ".join(str(part) for part in command))
    result = subprocess.run(  # noqa: S603  (fixed commands built from our own arguments)
        [str(part) for part in command],
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=True,
        text=True,
        capture_output=capture,
    )
    return result.stdout if capture else None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- CPU time from /proc ------------------------------------------------------------------


def read_stats():
    """{pid: (ppid, utime+stime, cutime+cstime)} in clock ticks, for every process."""
    stats = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                raw = stat.read()
        except OSError:  # gone meanwhile
            continue
        fields = raw[raw.rindex(")") + 2 :].split()
        # fields[0] is field 3 (state): ppid is field 4, utime..cstime fields 14..17.
        stats[int(entry.name)] = (
            int(fields[1]),
            int(fields[11]) + int(fields[12]),
            int(fields[13]) + int(fields[14]),
        )
    return stats


def group_ticks(stats, root, *, include_root):
    """CPU of a process tree's children, reaped ones included (through the root's cutime).

    A child that exits between two readings moves its time from the live sum to
    the root's cutime, so differences of this figure count every child exactly.
    """
    if root not in stats:
        return 0
    _, own, reaped = stats[root]
    total = reaped + (own if include_root else 0)
    pending = [root]
    while pending:
        parent = pending.pop()
        for pid, (ppid, ticks, children_ticks) in stats.items():
            if ppid == parent:
                total += ticks + children_ticks
                pending.append(pid)
    return total


def children_of(pid):
    return sorted(child for child, (ppid, _, _) in read_stats().items() if ppid == pid)


# --- PostgreSQL ---------------------------------------------------------------------------


class Cluster:
    def __init__(self, directory, port=None):
        self.directory = directory
        self.data = directory / "data"
        self.port = port
        self.bin = pg_bin()

    @property
    def url(self):
        host = str(self.directory).replace("/", "%2F")
        port = f":{self.port}" if self.port else ""
        return f"postgres://postgres@{host}{port}/newsroom"

    def running(self):
        pid = self.postmaster_pid()
        return pid is not None and Path(f"/proc/{pid}").exists()

    def postmaster_pid(self):
        try:
            return int((self.data / "postmaster.pid").read_text().split("\n", 1)[0])
        except (OSError, ValueError):
            return None

    def init(self):
        self.directory.mkdir(parents=True)
        shutil.chown(self.directory, "postgres", "postgres")
        run(
            as_postgres(
                [
                    self.bin / "initdb",
                    "-D",
                    self.data,
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                ]
            ),
            timeout=120,
            capture=True,
        )

    def start(self):
        listen = f"-c listen_addresses=127.0.0.1 -p {self.port}" if self.port else ""
        listen = listen or "-c listen_addresses=''"
        options = f"{listen} -k {self.directory} " + " ".join(f"-c {s}" for s in PG_SETTINGS)
        run(
            as_postgres(
                [
                    *(self.bin / "pg_ctl", "-D", self.data, "-l", self.directory / "postgres.log"),
                    *("-w", "-t", "120", "start", "-o", options),
                ]
            ),
            timeout=180,
            capture=True,
        )

    def stop(self):
        if self.running():
            run(
                as_postgres([self.bin / "pg_ctl", "-D", self.data, "stop", "-m", "fast"]),
                timeout=180,
                capture=True,
            )

    def psql(self, sql, *, timeout=3600):
        command = [self.bin / "psql", "-h", self.directory, "-U", "postgres", "-d", "newsroom"]
        if self.port:
            command += ["-p", self.port]
        return run(
            as_postgres([*command, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql]),
            timeout=timeout,
            capture=True,
        ).strip()

    def ticks(self, stats):
        # Every process of the cluster: postmaster, background processes, backends.
        pid = self.postmaster_pid()
        return group_ticks(stats, pid, include_root=True) if pid else 0


def django_env(cluster, redis, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "PAGE_CACHE_SECONDS", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings.bench",
        DATABASE_URL=cluster.url,
        # The production settings require the shared cache.
        REDIS_URL=redis.url,
        NEWSROOM_VAR_DIR=str(cluster.directory / "var"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def build(cluster, redis, count, *, reuse):
    """A cluster holding ``generate_articles count --seed 1``; True if it was built now."""
    marker = cluster.directory / "built.json"
    if reuse and marker.exists() and json.loads(marker.read_text()).get("articles") == count:
        log(f"Reusing the database in {cluster.directory}")
        if not cluster.running():
            cluster.start()
        return json.loads(marker.read_text())
    if cluster.directory.exists():
        cluster.stop()
        shutil.rmtree(cluster.directory)
    started = time.monotonic()
    cluster.init()
    cluster.start()
    run(
        as_postgres([cluster.bin / "createdb", "-h", cluster.directory, "-U", "postgres"])
        + (["-p", cluster.port] if cluster.port else [])
        + ["newsroom"],
        timeout=60,
    )
    env = django_env(cluster, redis)
    manage = [PYTHON, "manage.py"]
    # Its output goes to a file: the data migrations log page-cache purges that
    # fail before the tables they read exist.
    with open(cluster.directory / "migrate.log", "w") as output:
        log(f"$ manage.py migrate (output in {output.name})")
        subprocess.run(  # noqa: S603  (our own interpreter and manage.py)
            [str(PYTHON), "manage.py", "migrate", "--noinput"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            timeout=600,
            check=True,
        )
    generate_started = time.monotonic()
    run([*manage, "generate_articles", count, "--seed", 1, "-v", "0"], env=env, timeout=4 * 3600)
    generate_seconds = time.monotonic() - generate_started
    run([*manage, "collectstatic", "--noinput", "-v", "0"], env=env, timeout=600)
    cluster.psql("VACUUM ANALYZE")
    cluster.psql("CHECKPOINT")
    built = {
        "articles": count,
        "seconds": round(time.monotonic() - started, 1),
        "generate_seconds": round(generate_seconds, 1),
        "database_bytes": int(cluster.psql("SELECT pg_database_size('newsroom')")),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    marker.write_text(json.dumps(built))
    return built


# --- Servers ------------------------------------------------------------------------------


def http_get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310  (loopback http)
        return response.status, dict(response.headers), response.read()


class Gunicorn:
    def __init__(self, env, log_path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **env,
            "WEB_CONCURRENCY": str(WORKERS),
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            # No recycling mid-run: a new worker would be cold and its CPU lost.
            "GUNICORN_MAX_REQUESTS": "0",
        }
        self.log_path = log_path
        self.process = None

    def __enter__(self):
        command = [GUNICORN, "-c", "python:newsroom.gunicorn_conf", "--no-control-socket"]
        command += ["newsroom.wsgi"]
        log(f"Starting gunicorn on {self.base} ({WORKERS} sync workers)")
        with open(self.log_path, "a") as output:
            self.process = subprocess.Popen(  # noqa: S603  (our own gunicorn, loopback only)
                [str(part) for part in command],
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log_path}")
            try:
                if (
                    http_get(self.base + "/bench/bare/")[0] == 200
                    and len(self.workers()) == WORKERS
                ):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not answer in 60 s; see {self.log_path}")
            time.sleep(0.2)
        return self

    def workers(self):
        return children_of(self.process.pid)

    def ticks(self, stats):
        # The workers (and any reaped ones), not the master's own bookkeeping.
        return group_ticks(stats, self.process.pid, include_root=False)

    def __exit__(self, *exc):
        if self.process is None or self.process.poll() is not None:
            return
        workers = self.workers()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        for pid in workers:  # normally gone with their master
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


class Redis:
    def __init__(self, log_path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.log_path = log_path
        self.process = None

    def __enter__(self):
        command = [REDIS_SERVER, "--port", self.port, "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no"]
        log(f"Starting redis-server on 127.0.0.1:{self.port}")
        with open(self.log_path, "a") as output:
            self.process = subprocess.Popen(  # noqa: S603  (Debian's redis-server, loopback only)
                [str(part) for part in command],
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start; see {self.log_path}")
            time.sleep(0.1)

    def ticks(self, stats):
        entry = stats.get(self.process.pid)
        return entry[1] if entry else 0

    def flush(self):
        """Empty every cache: the next requests find nothing (cold)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as conn:
            conn.sendall(b"FLUSHALL\r\n")
            if not conn.recv(16).startswith(b"+OK"):
                raise RuntimeError("redis FLUSHALL failed")

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


# --- wrk ----------------------------------------------------------------------------------

LUA = """
local paths = {%(paths)s}
local once = %(once)s
local threads = %(threads)d
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  index = offset + 1
  wanted = 0
  for i = offset + 1, #paths, threads do wanted = wanted + 1 end
  received = 0
end

function request()
  local path = paths[index]
  index = index + threads
  if index > #paths then
    -- Once: stay on the last path until this thread's share is answered.
    if once then index = index - threads else index = offset + 1 end
  end
  return wrk.format("GET", path)
end
%(response)s
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests": %%d, "duration_us": %%d, "bytes": %%d, "p50_us": %%d, ' ..
    '"p90_us": %%d, "p99_us": %%d, "max_us": %%d, "errors": %%d, "non_2xx_3xx": %%d}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""

LUA_STOP = """
function response(status, headers, body)
  received = received + 1
  if once and received >= wanted then wrk.thread:stop() end
end
"""


def lua_script(paths, *, once, threads):
    quoted = ", ".join(json.dumps(path) for path in paths)  # JSON strings are Lua strings here
    return LUA % {
        "paths": quoted,
        "once": "true" if once else "false",
        "threads": threads,
        "response": LUA_STOP if once else "",
    }


class Bench:
    """One measurement: wrk over a list of paths, with CPU readings around it."""

    def __init__(self, args, workdir, cluster, redis):
        self.args = args
        self.workdir = workdir
        self.cluster = cluster
        self.redis = redis
        self.server = None

    def measure(self, label, paths, *, once=False, duration=None):
        args = self.args
        threads = min(args.threads, len(paths)) if once else args.threads
        connections = max(args.connections, threads)
        duration = duration or (args.cold_limit if once else args.duration)
        script = self.workdir / f"{label}.lua"
        script.write_text(lua_script(paths, once=once, threads=threads))
        command = [WRK, "-t", threads, "-c", connections, "-d", f"{duration}s", "--latency"]
        command += ["--timeout", "10s", "-s", script, self.server.base]
        if not once and args.warmup:
            # Unmeasured: a worker that is new (gunicorn replaces one that waited
            # 30 s on a connection the pass above left idle) first compiles its
            # templates; steady state is what the figure is about.
            warmup = [*command[:6], f"{args.warmup}s", *command[7:]]
            run(warmup, timeout=args.warmup + 60, capture=True)
        workers_before = self.server.workers()
        before = read_stats()
        output = run(command, timeout=duration + 60, capture=True)
        after = read_stats()
        if self.server.workers() != workers_before:
            log(f"WARNING: gunicorn workers changed during {label}; CPU figures are off")
        found = re.search(r"^BENCHJSON (.*)$", output, re.MULTILINE)
        if not found:
            raise RuntimeError(f"no result from wrk:\n{output}")
        raw = json.loads(found.group(1))
        requests = max(raw["requests"], 1)
        seconds = raw["duration_us"] / 1e6

        def per_request(ticks_of):
            return round((ticks_of(after) - ticks_of(before)) / CLOCK_TICKS * 1000 / requests, 3)

        result = {
            "label": label,
            "paths": len(paths),
            "once": once,
            "threads": threads,
            "connections": connections,
            "requests": raw["requests"],
            "seconds": round(seconds, 2),
            "rps": round(raw["requests"] / seconds, 1),
            "p50_ms": round(raw["p50_us"] / 1000, 2),
            "p90_ms": round(raw["p90_us"] / 1000, 2),
            "p99_ms": round(raw["p99_us"] / 1000, 2),
            "max_ms": round(raw["max_us"] / 1000, 2),
            "bytes_per_request": round(raw["bytes"] / requests),
            "errors": raw["errors"],
            "non_2xx_3xx": raw["non_2xx_3xx"],
            "worker_cpu_ms": per_request(self.server.ticks),
            "pg_cpu_ms": per_request(self.cluster.ticks),
            "redis_cpu_ms": per_request(self.redis.ticks),
        }
        log(
            f"{label:>16}: {result['rps']:8.1f} req/s  p50 {result['p50_ms']:7.2f} ms  "
            f"p99 {result['p99_ms']:7.2f} ms  worker {result['worker_cpu_ms']:.3f} ms/req  "
            f"pg {result['pg_cpu_ms']:.3f} ms/req  ({result['requests']} requests, "
            f"{result['non_2xx_3xx']} non-2xx/3xx, {result['errors']} socket errors)"
        )
        if result["non_2xx_3xx"] or result["errors"]:
            log(f"WARNING: {label} had failed requests; see {self.server.log_path}")
        return result


def machine():
    cpu_model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu_model = line.split(":", 1)[1].strip()
            break
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    import django

    def version(command):
        output = subprocess.run(  # noqa: S603  (fixed version queries)
            [str(part) for part in command], capture_output=True, text=True, timeout=30, check=False
        )
        return (output.stdout or output.stderr).strip().splitlines()[0]

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu_model,
        "ram_gib": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "postgresql": version([pg_bin() / "postgres", "--version"]),
        "python": platform.python_version(),
        "django": django.get_version(),
        "gunicorn": version([GUNICORN, "--version"]),
        "wrk": re.sub(r"\s*Copyright.*", "", version([WRK, "-v"])),
        "redis": version([REDIS_SERVER, "--version"]),
    }


def benchmark(args):
    count = args.articles
    directory = Path(args.data_dir or f"/tmp/newsroom-bench-{count}")  # noqa: S108  (throwaway)
    cluster = Cluster(directory, port=args.pg_port)
    with ExitStack() as stack:
        workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-run-"))
        stack.callback(shutil.rmtree, workdir, True)
        # The production settings need Redis (the shared cache) for everything.
        redis = stack.enter_context(Redis(workdir / "redis.log"))
        stack.callback(cluster.stop)
        built = build(cluster, redis, count, reuse=args.reuse)
        mix_file = workdir / "mix.json"
        run(
            [PYTHON, "bench/page_urls.py", "--articles", args.urls, "--out", mix_file],
            env=django_env(cluster, redis, PAGE_CACHE_SECONDS=0),
            timeout=1800,
        )
        mix = json.loads(mix_file.read_text())
        types = mix["types"]
        bench = Bench(args, workdir, cluster, redis)
        server_log = directory / "gunicorn.log"
        runs = {}

        # 1. Page cache off; caches emptied, then a fresh server.
        log("Phase 1: page cache off (PAGE_CACHE_SECONDS=0)")
        redis.flush()
        with Gunicorn(django_env(cluster, redis, PAGE_CACHE_SECONDS=0), server_log) as server:
            bench.server = server
            # First: a pass over distinct article URLs right after the (re)start.
            runs["article_cold"] = bench.measure("article-cold", types["article"], once=True)
            runs["bare"] = bench.measure("bare", types["bare"])
            runs["article_warm"] = bench.measure("article-warm", types["article"])
            for name in ("home", "section", "tag", "search", "feed"):
                runs[name] = bench.measure(name, types[name])
            runs["bare_end"] = bench.measure("bare-end", types["bare"])

        # 2. Page cache on (the production default), caches emptied, fresh server.
        if not args.no_page_cache:
            log("Phase 2: page cache on (Redis)")
            redis.flush()
            with Gunicorn(django_env(cluster, redis), server_log) as server:
                bench.server = server
                # Fill the cache, then check that pages really come from it.
                bench.measure("article-fill", types["article"], once=True)
                bench.measure("home-fill", types["home"], duration=1)
                hits = {
                    name: http_get(server.base + types[name][0], timeout=60)[1].get("X-Page-Cache")
                    for name in ("article", "home", "bare")
                }
                sample = types["article"][:10]
                hits["article_sample"] = [
                    http_get(server.base + path, timeout=60)[1].get("X-Page-Cache")
                    for path in sample
                ]
                log(f"X-Page-Cache after filling: {hits}")
                runs["article_cached"] = bench.measure("article-cached", types["article"])
                runs["home_cached"] = bench.measure("home-cached", types["home"])
                runs["bare_cached"] = bench.measure("bare-cached", types["bare"])
                runs["page_cache_check"] = hits

    result = {
        "articles": count,
        "published": mix["published"],
        "article_span": mix["article_span"],
        "database": built,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "config": {
            "duration_s": args.duration,
            "threads": args.threads,
            "connections": args.connections,
            "article_urls": len(types["article"]),
            "gunicorn_workers": WORKERS,
            "postgresql_settings": PG_SETTINGS,
            "load_average_after": os.getloadavg(),
        },
        "urls": {name: paths[:5] for name, paths in types.items()},
        "url_counts": {name: len(paths) for name, paths in types.items()},
        "queries": {
            name: {key: value for key, value in counted.items() if key != "sql"}
            for name, counted in mix["queries"].items()
        },
        "runs": runs,
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"pages-{count}.json"
    path.write_text(json.dumps(result, indent=1) + "\n")
    log(f"Wrote {path.relative_to(ROOT)}")
    (directory / "queries.json").write_text(json.dumps(mix["queries"], indent=1))
    return result


def _stop(signum, frame):
    # Unwind through every finally: the cluster, Redis and gunicorn are stopped.
    raise KeyboardInterrupt(f"signal {signum}")


def main():
    # A background shell ignores SIGINT for its children: take it back, and treat
    # SIGTERM the same way, so a stopped benchmark never leaves servers behind.
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, help="archive size (stories generated)")
    parser.add_argument("--reuse", action="store_true", help="reuse a database built before")
    parser.add_argument("--data-dir", help="cluster directory (default /tmp/newsroom-bench-N)")
    parser.add_argument("--pg-port", type=int, help="also listen on 127.0.0.1:PORT")
    parser.add_argument("--duration", type=int, default=10, help="seconds per page type [10]")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads [1]")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections [4]")
    parser.add_argument("--urls", type=int, default=2000, help="distinct article URLs [2000]")
    parser.add_argument(
        "--warmup", type=int, default=2, help="unmeasured seconds before each steady run [2]"
    )
    parser.add_argument(
        "--cold-limit", type=int, default=60, help="time limit of a pass over the URLs [60]"
    )
    parser.add_argument("--no-page-cache", action="store_true", help="skip the page-cache phase")
    parser.add_argument("--build-only", action="store_true", help="build the database, stop")
    parser.add_argument("--report-only", action="store_true", help="only rewrite the report")
    args = parser.parse_args()
    if not args.report_only:
        if not args.articles:
            parser.error("--articles is required")
        if args.build_only:
            directory = Path(args.data_dir or f"/tmp/newsroom-bench-{args.articles}")  # noqa: S108
            cluster = Cluster(directory, port=args.pg_port)
            with (
                tempfile.TemporaryDirectory() as workdir,
                Redis(Path(workdir) / "redis.log") as redis,
            ):
                try:
                    print(json.dumps(build(cluster, redis, args.articles, reuse=args.reuse)))
                finally:
                    cluster.stop()
            return
        result = benchmark(args)
        print(pages_report.table(result))
    written = pages_report.write_report()
    log("Wrote " + ", ".join(str(path.relative_to(ROOT)) for path in written))


if __name__ == "__main__":
    main()
