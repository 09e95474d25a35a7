#!/usr/bin/env python3
"""Load test of `loanlint serve`: N uploads of the sample PDFs at C concurrent clients, on
loopback only, bounded in count and in time.

    cargo build --release
    python3 bench/serve_load.py --binary target/release/loanlint [--requests 500] [--clients 32]
        [--deadline 900] [--queue N] [--concurrency N]

Starts the server on a free loopback port (its default limits unless --queue/--concurrency
are given), then each client posts a sample PDF to /api/check and checks the answer: status
200 and a JSON report of that file. A 503 from the bounded queue is counted apart: it must
carry Retry-After, and the client waits that long and sends the same upload again (at most
--retries times). Anything else (another status, a body that is not the report, a 503 without
Retry-After, a refused connection, a request not answered by the deadline) is an error.

Prints: requests, errors, 503s, p50/p95/max latency of the answered requests (one attempt)
and of the uploads end to end (retries and waits included), throughput (reports per second
of wall time), peak RSS of the server process (VmHWM) and the peak sampled RSS of the server
with its PDF-reader child processes, the machine, and the load average before and after.
Exits 1 when any error occurred.
"""

import argparse
import concurrent.futures
import glob
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
import http.client

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOUNDARY = "loanlint-load-7f3a9c"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def body_for(name, data):
    head = (
        f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
        "Content-Type: application/pdf\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{BOUNDARY}--\r\n".encode()


def rss_kib(pid, field="VmRSS"):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid):
    """The process ids below `pid` (its PDF-reader children), from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            out.append(c)
            todo.append(c)
    return out


class Sampler(threading.Thread):
    """Peak RSS of the server plus its children, sampled every 20 ms."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak_tree, self.peak_children, self.stop = pid, 0, 0, threading.Event()

    def run(self):
        while not self.stop.is_set():
            kids = sum(rss_kib(c) for c in descendants(self.pid))
            self.peak_children = max(self.peak_children, len(descendants(self.pid)))
            self.peak_tree = max(self.peak_tree, rss_kib(self.pid) + kids)
            time.sleep(0.02)


def percentile(values, q):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            mem = int(next(l for l in f if l.startswith("MemTotal")).split()[1])
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores ({model or platform.processor()}), {mem // 1024} MiB RAM, {platform.system()} {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/loanlint"))
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--deadline", type=float, default=900, help="seconds for the whole run")
    ap.add_argument("--retries", type=int, default=60, help="503s one upload may take")
    ap.add_argument("--queue", type=int)
    ap.add_argument("--concurrency", type=int)
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    if args.requests < 1 or args.requests > 10000 or args.clients < 1 or args.clients > 256:
        sys.exit("--requests must be 1..10000 and --clients 1..256")

    samples = sorted(glob.glob(os.path.join(ROOT, "sample-contracts/*.pdf")))
    if not samples:
        sys.exit("no sample PDFs in sample-contracts/")
    uploads = [(os.path.basename(p), open(p, "rb").read()) for p in samples]
    bodies = [(name, body_for(name, data)) for name, data in uploads]

    port = free_port()
    cmd = [args.binary, "serve", "--bind", f"127.0.0.1:{port}"]
    if args.queue is not None:
        cmd += ["--queue", str(args.queue)]
    if args.concurrency is not None:
        cmd += ["--concurrency", str(args.concurrency)]
    load_before = os.getloadavg()
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    log_lines = []
    threading.Thread(target=lambda: log_lines.extend(server.stderr), daemon=True).start()
    try:
        for _ in range(200):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.05)
        else:
            sys.exit("the server did not answer /healthz")
        sampler = Sampler(server.pid)
        sampler.start()
        started = time.monotonic()
        end = started + args.deadline
        lock = threading.Lock()
        stats = {"ok": 0, "errors": [], "busy": 0, "attempt_ms": [], "upload_ms": []}

        def one(i):
            name, body = bodies[i % len(bodies)]
            t0 = time.monotonic()
            for _ in range(args.retries + 1):
                left = end - time.monotonic()
                if left <= 0:
                    return f"{name}: not answered by the deadline"
                t1 = time.monotonic()
                try:
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=left)
                    c.request("POST", "/api/check", body=body, headers={
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
                    r = c.getresponse()
                    data = r.read()
                    retry_after = r.getheader("Retry-After")
                    c.close()
                except OSError as e:
                    return f"{name}: {type(e).__name__}: {e}"
                ms = (time.monotonic() - t1) * 1000
                if r.status == 503:
                    if not retry_after or not retry_after.isdigit():
                        return f"{name}: 503 without Retry-After"
                    with lock:
                        stats["busy"] += 1
                    time.sleep(min(int(retry_after), max(0.0, end - time.monotonic())))
                    continue
                if r.status != 200:
                    return f"{name}: HTTP {r.status}: {data[:200]!r}"
                try:
                    report = json.loads(data)
                except ValueError:
                    return f"{name}: not JSON"
                files = report.get("files") or [report]
                if not any("findings" in f for f in files):
                    return f"{name}: no report in the answer"
                with lock:
                    stats["ok"] += 1
                    stats["attempt_ms"].append(ms)
                    stats["upload_ms"].append((time.monotonic() - t0) * 1000)
                return None
            return f"{name}: still 503 after {args.retries} retries"

        with concurrent.futures.ThreadPoolExecutor(max_workers=args.clients) as pool:
            for error in pool.map(one, range(args.requests)):
                if error:
                    stats["errors"].append(error)
        wall = time.monotonic() - started
        sampler.stop.set()
        sampler.join()
        hwm = rss_kib(server.pid, "VmHWM")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    load_after = os.getloadavg()

    a, u = stats["attempt_ms"], stats["upload_ms"]
    figures = {
        "command": " ".join(["python3", "bench/serve_load.py"] + sys.argv[1:]),
        "server": " ".join(cmd[1:]),
        "machine": machine(),
        "requests": args.requests,
        "clients": args.clients,
        "ok": stats["ok"],
        "errors": len(stats["errors"]),
        "busy_503_with_retry_after": stats["busy"],
        "attempt_p50_ms": round(percentile(a, 0.5)),
        "attempt_p95_ms": round(percentile(a, 0.95)),
        "attempt_max_ms": round(max(a, default=float("nan"))),
        "upload_p50_ms": round(percentile(u, 0.5)),
        "upload_p95_ms": round(percentile(u, 0.95)),
        "wall_s": round(wall, 1),
        "throughput_per_s": round(stats["ok"] / wall, 2),
        "server_peak_rss_mib": round(hwm / 1024, 1),
        "server_and_readers_peak_rss_mib": round(sampler.peak_tree / 1024, 1),
        "readers_at_once_max": sampler.peak_children,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "server_log_lines": len(log_lines),
    }
    for k, v in figures.items():
        print(f"{k:34} {v}")
    for e in stats["errors"][:20]:
        print("error:", e)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=2)
    sys.exit(1 if stats["errors"] else 0)


if __name__ == "__main__":
    main()
