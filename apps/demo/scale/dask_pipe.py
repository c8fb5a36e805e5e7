#!/usr/bin/env python3
"""Runs the batch stage (csto-analyze.mjs) on a local Dask distributed cluster.

Starts a scheduler and worker processes on 127.0.0.1, splits a deterministic JSONL corpus into
partitions, pipes each partition through `node csto-analyze.mjs --jsonl -` on the workers (one
subprocess per partition, the way Spark's RDD.pipe runs a command per partition), gathers the
outputs and checks the stage contract: one output line per input line, `line` = position in
the partition, ids copied as written, error records kept in place. It does this with 1 worker
and with 2 workers and compares wall times.

Usage: python3 dask_pipe.py --bundle /tmp/x/csto-analyze.mjs [--mb 20] [--partitions 8] [--rounds 3]
                            [--node-options "--single-threaded"]
Exit 0 when the contract holds and the 2-worker run took at most --max-ratio (0.65) of the
1-worker time; 1 otherwise. Prints a JSON summary on stdout (the figures in docs/scale.md).
"""

import argparse
import json
from collections import Counter
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

CITIES = ["مينسك", "بيشكيك", "أستانا", "يريفان", "موسكو", "دوشنبه", "بشكك", "آستانة"]
LEADERS = ["فلاديمير بوتين", "ألكسندر لوكاشينكو", "قاسم جومارت توكاييف", "صدير جاباروف", "إمام علي رحمن"]
DATES = ["أمس الخميس", "يوم 27 نونبر 2025", "في 23 تشرين الثاني/نوفمبر", "الأسبوع الماضي", "في 28 نوفمبر 2024م"]
PUBLISHED = ["2025-11-28", "2024-11-29", "2023-11-24", "2022-11-24", "2019-11-29"]
STATES = ["روسيا", "بيلاروسيا", "كازاخستان", "قرغيزستان", "طاجيكستان"]


def sentence(rng):
    """One news-style sentence written for this project (no text copied from elsewhere)."""
    kind = rng.randrange(5)
    if kind == 0:
        return f"عقد قادة منظمة معاهدة الأمن الجماعي {rng.choice(DATES)} اجتماعهم في {rng.choice(CITIES)} برئاسة {rng.choice(LEADERS)}."
    if kind == 1:
        return f"وقال {rng.choice(LEADERS)} إن التعاون العسكري بين الدول الأعضاء سيتعزز {rng.choice(DATES)}."
    if kind == 2:
        return f"ووقّع المجتمعون {rng.randrange(1, 21)} وثيقة، بينها إعلان ختامي وخطة لمكافحة المخدرات."
    if kind == 3:
        return f"وتتسلم {rng.choice(STATES)} الرئاسة الدورية {rng.choice(DATES)}."
    return "وتناولت المحادثات الوضع على الحدود الطاجيكية الأفغانية وتطوير قوات الرد السريع الجماعية."


def generate(target_bytes, seed=2025):
    """Deterministic corpus: (lines as bytes without newline, expected error code or None per line)."""
    rng = random.Random(seed)
    lines, expected, size = [], [], 0
    while size < target_bytes:
        number = len(lines) + 1
        if number % 997 == 0:
            line, code = '{"id": "broken', "invalid-json"
        elif number % 1499 == 0:
            line, code = "", "blank-line"
        else:
            text = " ".join(sentence(rng) for _ in range(3 + rng.randrange(4)))
            # Every fifth id is a 64-bit number: it must come back exactly as written.
            ident = str(10**19 + number) if number % 5 == 0 else json.dumps(f"a{number}")
            line = '{"id":%s,"text":%s,"published":"%s"}' % (ident, json.dumps(text, ensure_ascii=False), rng.choice(PUBLISHED))
            code = None
        data = line.encode("utf-8")
        lines.append(data)
        expected.append(code)
        size += len(data) + 1
    return lines, expected


def split(count, partitions):
    """Contiguous (start, end) ranges of nearly equal size."""
    bounds = [round(index * count / partitions) for index in range(partitions + 1)]
    return [(bounds[index], bounds[index + 1]) for index in range(partitions)]


def pipe_partition(command, data):
    """Runs on a Dask worker: pipes one partition through the stage command, like RDD.pipe."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.run(command, input=data, capture_output=True, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "stdout": process.stdout,
        "code": process.returncode,
        "stderr": process.stderr.decode("utf-8", "replace")[-2000:],
        "cpu": cpu,
        "seconds": seconds,
        # ru_maxrss is the peak of the largest child so far, in KiB on Linux.
        "maxrss_kib": after.ru_maxrss,
        "pid": os.getpid(),
    }


def id_source(line):
    """The id as written in an input line (the generator writes "id" first)."""
    prefix = b'{"id":'
    end = line.find(b',"text"')
    if not line.startswith(prefix) or end < 0:
        return None
    return line[len(prefix):end].decode("utf-8")


def check(lines, expected, ranges, results):
    """The stage contract, partition by partition. Returns a list of problems (empty = holds)."""
    problems = []
    for (start, end), result in zip(ranges, results):
        if result["code"] not in (0, 1):
            problems.append(f"partition {start}-{end}: exit {result['code']}: {result['stderr']}")
            continue
        out = result["stdout"].split(b"\n")
        if out[-1] != b"":
            problems.append(f"partition {start}-{end}: output does not end with a newline")
        out = out[:-1]
        if len(out) != end - start:
            problems.append(f"partition {start}-{end}: {len(out)} output lines for {end - start} input lines")
            continue
        for offset, raw in enumerate(out):
            index = start + offset
            if raw[: len(b'{"line":%d' % (offset + 1))] != b'{"line":%d' % (offset + 1) or json.loads(raw)["line"] != offset + 1:
                problems.append(f"partition {start}-{end}: output {offset + 1} is not line {offset + 1}")
                break
            code = json.loads(raw).get("error", {}).get("code")
            if code != expected[index]:
                problems.append(f"input line {index + 1}: expected {expected[index]}, got {code}")
                break
            source = id_source(lines[index])
            if source is not None and not raw.startswith(b'{"line":%d,"id":%s,' % (offset + 1, source.encode())):
                problems.append(f"input line {index + 1}: id {source} not copied as written")
                break
    return problems


def run_cluster(workers, command, partitions):
    from distributed import Client, LocalCluster, wait

    with tempfile.TemporaryDirectory(prefix="csto-dask-") as scratch, LocalCluster(
        n_workers=workers,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        local_directory=scratch,
    ) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        # Warm-up, not timed: every worker starts node once (binary and bundle in the page cache).
        warm = [b'{"text":"","published":"2025-01-01"}\n'] * workers
        client.gather(client.map(pipe_partition, [command] * workers, warm, pure=False))
        # The partitions live on the workers before the clock starts, as an RDD's do on executors.
        stored = client.scatter(partitions)
        wait(stored)
        started = time.perf_counter()
        futures = client.map(pipe_partition, [command] * len(partitions), stored, pure=False)
        results = client.gather(futures)
        wall = time.perf_counter() - started
        used = len({result["pid"] for result in results})
    return wall, results, used


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", required=True)
    parser.add_argument("--node", default="node")
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--max-ratio", type=float, default=0.65)
    parser.add_argument("--rounds", type=int, default=3)
    # One core per task, as Dask advises for any worker (OMP_NUM_THREADS=1 and the like): by
    # default V8 adds background GC and compiler threads, and one stage process uses ~1.3 cores.
    parser.add_argument("--node-options", default="--single-threaded")
    args = parser.parse_args()

    lines, expected = generate(int(args.mb * 1_000_000))
    size = sum(len(line) + 1 for line in lines)
    ranges = split(len(lines), args.partitions)
    partitions = [b"".join(line + b"\n" for line in lines[start:end]) for start, end in ranges]
    print(f"corpus: {size / 1e6:.1f} MB, {len(lines)} lines, {args.partitions} partitions", file=sys.stderr)

    command = [args.node, *args.node_options.split(), args.bundle, "--jsonl", "-"]
    print(f"stage: {' '.join(command)}", file=sys.stderr)
    runs = {}
    problems = []
    # Rounds alternate 1 and 2 workers and each keeps its fastest wall time, so a burst of
    # other load on a shared machine does not decide the ratio by itself.
    for round_number in range(args.rounds):
        for workers in (1, 2):
            wall, results, used = run_cluster(workers, command, partitions)
            found = check(lines, expected, ranges, results)
            problems += [f"{workers} worker(s), round {round_number + 1}: {problem}" for problem in found]
            cpu = sum(result["cpu"] for result in results)
            run = {
                "wall_seconds": round(wall, 2),
                "worker_processes_used": used,
                # Partitions per worker process, and how many ran at once on average
                # (sum of the stage processes' run times / wall time).
                "partitions_per_worker": sorted(Counter(result["pid"] for result in results).values()),
                "parallelism": round(sum(result["seconds"] for result in results) / wall, 2),
                "cpu_seconds": round(cpu, 2),
                "lines_per_second": round(len(lines) / wall),
                "lines_per_cpu_second": round(len(lines) / cpu) if cpu > 0 else None,
                "peak_rss_mb": round(max(result["maxrss_kib"] for result in results) / 1024),
                "error_records": sum(result["stdout"].count(b'"error":{"code"') for result in results),
            }
            print(f"round {round_number + 1}, {workers} worker(s): {json.dumps(run)}", file=sys.stderr)
            if workers not in runs or run["wall_seconds"] < runs[workers]["wall_seconds"]:
                runs[workers] = run
            if run["error_records"] != sum(code is not None for code in expected):
                problems.append(f"{workers} worker(s): {run['error_records']} error records")

    ratio = runs[2]["wall_seconds"] / runs[1]["wall_seconds"]
    expected_errors = sum(code is not None for code in expected)
    if runs[2]["worker_processes_used"] != 2:
        problems.append(f"the 2-worker run used {runs[2]['worker_processes_used']} worker process(es)")
    if ratio > args.max_ratio:
        problems.append(f"2 workers took {ratio:.2f} of the 1-worker time (at most {args.max_ratio})")
    summary = {
        "corpus_mb": round(size / 1e6, 1),
        "lines": len(lines),
        "partitions": args.partitions,
        "rounds": args.rounds,
        "stage": " ".join(command),
        "expected_error_records": expected_errors,
        "runs": runs,
        "ratio_2_to_1": round(ratio, 3),
        "load_average": os.getloadavg(),
        "problems": problems,
    }
    print(json.dumps(summary, indent=2))
    for problem in problems:
        print(f"dask_pipe: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
