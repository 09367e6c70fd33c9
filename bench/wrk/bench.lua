-- wrk script for bench/run.py: GET paths drawn at random from a file, the same sequence for every server
-- given the same seed, optionally paced; a machine-readable summary line at the end.
--
--   wrk -t1 -c16 -d10s -s bench/wrk/bench.lua http://127.0.0.1:8000 -- PATHS_FILE SEED [DELAY_MS]
--
-- PATHS_FILE holds one path per line (bench/run.py writes one per question and server, the same
-- parameters in the same order for both servers). SEED seeds the draw. DELAY_MS, when given, makes each
-- connection wait that long after each answer before its next request: with many connections this sends
-- a steady rate, as `hey -q` does (and like it, a stalled server is sent less meanwhile).

local paths = {}
local delay_ms = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(tonumber(args[2] or "1") or 1)
  delay_ms = tonumber(args[3] or "0") or 0
end

function request()
  return wrk.format("GET", paths[math.random(1, #paths)])
end

function delay()
  return delay_ms
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors_connect": %d, "errors_read": %d, ' ..
    '"errors_write": %d, "errors_status": %d, "errors_timeout": %d, "p50_us": %d, "p90_us": %d, ' ..
    '"p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
