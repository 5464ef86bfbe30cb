"""Benchmark: sampling a 1 GB access log costs O(sample), not O(file).

Generates an access log of `--size-mb` (default 1024) in a temporary folder, in nginx's
combined format or, with `--format alb`, as an AWS Application Load Balancer writes it,
then, in the same run and on the same (page-cached) file:

- scans it with the logs connector in a child process (datasets + sample, the scan's work
  before classification) and reports its wall time and peak RSS;
- times `wc -l` over it: the cost of merely reading every line once, the baseline.

The temporary folder is deleted afterwards.

usage: python benchmarks/bench_logs.py [--size-mb 1024] [--rows 1000] [--format combined|alb]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AGENTS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 16_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
          "Mozilla/5.0 (Linux; Android 10; SM-T870) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0 Mobile Safari/537.36",
          "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"]
PATHS = ["/video/{n}", "/login?next=/home&uid={n}", "/api/v1/products?page={n}", "/shop/{n}", "/static/app.js?v={n}"]


def _block(rng: random.Random, lines: int) -> bytes:
    """A few MB of varied access-log lines; the file repeats blocks so generation stays fast."""
    out = []
    for _ in range(lines):
        ip = ".".join(str(rng.randrange(1, 255)) for _ in range(4))
        path = rng.choice(PATHS).format(n=rng.randrange(100000))
        out.append(f'{ip} - - [{rng.randrange(1, 29):02d}/Oct/2023:{rng.randrange(24):02d}:{rng.randrange(60):02d}:'
                   f'{rng.randrange(60):02d} +0000] "GET {path} HTTP/1.1" {rng.choice([200, 304, 404])} '
                   f'{rng.randrange(100000)} "https://www.google.com/" "{rng.choice(AGENTS)}"\n')
    return "".join(out).encode()


def _alb_block(rng: random.Random, lines: int) -> bytes:
    """ALB access-log lines (the documented 30 fields), as `_block` does for nginx."""
    out = []
    for _ in range(lines):
        ip = ".".join(str(rng.randrange(1, 255)) for _ in range(4))
        path = rng.choice(PATHS).format(n=rng.randrange(100000))
        stamp = f"2023-10-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        out.append(f'https {stamp}.186641Z app/my-loadbalancer/50dc6c495c0c9188 {ip}:{rng.randrange(1024, 65535)} '
                   f'10.0.0.1:80 0.000 0.001 0.000 200 200 34 {rng.randrange(100000)} '
                   f'"GET https://www.example.com:443{path} HTTP/1.1" "{rng.choice(AGENTS)}" '
                   f'ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:'
                   f'targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" '
                   f'"www.example.com" "-" 1 {stamp}.164000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-"\n')
    return "".join(out).encode()


def generate(path: Path, size_mb: int, fmt: str = "combined") -> int:
    """Write about `size_mb` MiB of access log; returns the number of lines."""
    rng = random.Random(42)
    make = _alb_block if fmt == "alb" else _block
    blocks = [make(rng, 20000) for _ in range(8)]
    count = 0
    written = 0
    with open(path, "wb") as out:
        while written < size_mb * 1024 * 1024:
            block = blocks[count % len(blocks)]
            out.write(block)
            written += len(block)
            count += 1
    return count * 20000


def scan_child(path: str, rows: int) -> None:
    """Run in a child process: scan the log, print timings and own peak RSS as JSON."""
    sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    from inventory.connectors.base import SampleOptions
    from inventory.connectors.logs import LogConnector

    imported = time.perf_counter()
    connector = LogConnector(path)
    samples = [connector.sample(ref, SampleOptions(rows=rows)) for ref in connector.datasets()]
    elapsed = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "sample_seconds": time.perf_counter() - imported,
                      "peak_rss_mb": peak_kb / 1024, "row_estimate": samples[0].row_count,
                      "sampled_rows": samples[0].sampled_rows, "fields": len(samples[0].fields),
                      "kind": samples[0].kind}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--format", choices=("combined", "alb"), default="combined")
    parser.add_argument("--scan-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scan_child:
        scan_child(args.scan_child, args.rows)
        return
    with tempfile.TemporaryDirectory(prefix="datamap-bench-logs-") as folder:
        path = Path(folder) / "access.log"
        start = time.perf_counter()
        lines = generate(path, args.size_mb, args.format)
        size = path.stat().st_size
        print(f"generated {size / 2**20:.0f} MiB, {lines:,} lines in {time.perf_counter() - start:.1f} s")

        start = time.perf_counter()
        counted = subprocess.run(["wc", "-l", str(path)], check=True, capture_output=True, text=True)
        wc_seconds = time.perf_counter() - start
        child = subprocess.run([sys.executable, __file__, "--scan-child", str(path), "--rows", str(args.rows)],
                               check=True, capture_output=True, text=True)
        scan = json.loads(child.stdout)

    print(f"wc -l                : {wc_seconds:8.3f} s  ({counted.stdout.split()[0]} lines)")
    print(f"logs connector scan  : {scan['seconds']:8.3f} s  peak RSS {scan['peak_rss_mb']:.0f} MiB "
          f"(whole child process, imports included)")
    print(f"  of which sampling  : {scan['sample_seconds']:8.3f} s  (datasets + sample, after imports)")
    print(f"scan / wc -l         : {scan['seconds'] / wc_seconds:8.3f}  (sampling only: "
          f"{scan['sample_seconds'] / wc_seconds:.3f})")
    print(f"sample               : {scan['sampled_rows']} lines, {scan['fields']} fields, kind {scan['kind']}, "
          f"row estimate {scan['row_estimate']:,} (true {lines:,}, "
          f"error {abs(scan['row_estimate'] - lines) / lines:.1%})")


if __name__ == "__main__":
    main()
