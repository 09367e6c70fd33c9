"""Latency at a fixed rate: p50 and p99 at 50% and 80% of each server's measured maximum, from wrk runs whose
connections pause after each answer so that together they send the rate asked.

The p99 of one 10 s run rests on its slowest 1% (about 150 answers at 1,500/s): a hiccup of the machine in that
run moves it by several milliseconds. So each server is run `repeats` times at each level, the servers taking
turns in ABBA order with a new seed for each repeat, and the figure reported is the median of the runs' p99,
with their range."""
import statistics

import servers as srv
from paired import order_of_round

PACED_CONNECTIONS = 64
SHARES = (0.5, 0.8)


def calibrate(server, paths_file, target_rps, seconds, seed, cores):
    """The pause per connection (ms) after each answer that makes PACED_CONNECTIONS connections send
    target_rps: each sends one request per (pause + answer time), so the answer time is measured on short runs
    and the pause corrected twice."""
    gap_ms = PACED_CONNECTIONS * 1000 / target_rps
    for _ in range(2):
        probe = srv.wrk(server.port, paths_file, max(2, seconds // 3), PACED_CONNECTIONS, seed, gap_ms, cores)
        srv.settle(server)
        answer_ms = PACED_CONNECTIONS * 1000 / probe["rps"] - gap_ms if probe["rps"] else 0
        gap_ms = max(0.0, PACED_CONNECTIONS * 1000 / target_rps - answer_ms)
    return gap_ms


def paced(server, paths_file, gap_ms, seconds, seed, cores):
    """One run at the pause found by calibrate: wrk's figures, the server's CPU per answer and its connections
    per worker at mid-run."""
    return srv.timed(server, paths_file, seconds, PACED_CONNECTIONS, seed, cores, gap_ms)


def measure(servers, files, tops, seconds, seed, cores, repeats):
    """{(question, name, share): {target, runs: [paced results]}} for get and list, ours and datasette.
    `servers`: name -> Server; `files`: (question, name) -> paths file; `tops`: (question, name) -> max req/s."""
    results = {}
    for question in ("get", "list"):
        for share in SHARES:
            gaps = {}
            for name in ("ours", "datasette"):
                target = share * tops[(question, name)]
                gaps[name] = calibrate(servers[name], files[(question, name)], target, seconds, seed, cores)
                results[(question, name, share)] = {"target": target, "runs": []}
            for k in range(repeats):
                for name in order_of_round(k, "ours", "datasette"):
                    results[(question, name, share)]["runs"].append(
                        paced(servers[name], files[(question, name)], gaps[name], seconds, seed + k, cores))
    return results


def summary(entry):
    """The medians of a level's runs (p50, p99, sent rate, CPU), the p99 range and every run's spread."""
    runs = entry["runs"]
    p99s = sorted(r["p99"] for r in runs)
    return {"target": entry["target"], "rps": statistics.median(r["rps"] for r in runs),
            "p50": statistics.median(r["p50"] for r in runs), "p99": statistics.median(p99s),
            "p99_low": p99s[0], "p99_high": p99s[-1], "runs": len(runs),
            "errors": sum(r["errors"] for r in runs), "cpu_ms": statistics.median(r["cpu_ms"] for r in runs),
            "spreads": [r["spread"] for r in runs]}
