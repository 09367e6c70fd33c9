-- wrk script for bench/run.py: one GET path, optionally with a random ID in it, and a machine-readable
-- summary line at the end.
--
--   wrk -t1 -c16 -d10s -s bench/wrk/bench.lua http://127.0.0.1:8000 -- '/v1/events/{id}?include=participants' 1000000
--
-- Arguments after `--`: the path (may contain {id}) and, when it does, the largest ID: every request
-- then asks for a uniformly random ID in 1..max.

local template = "/"
local max_id = 0

function init(args)
  template = args[1] or "/"
  max_id = tonumber(args[2] or "0") or 0
  -- a different random sequence per thread and per run
  local address = tostring({}):match("0x(%x+)") or "0"
  math.randomseed(os.time() + (tonumber(address, 16) or 0) % 1000003)
end

function request()
  local path = template
  if max_id > 0 then
    path = string.gsub(template, "{id}", tostring(math.random(1, max_id)))
  end
  return wrk.format("GET", path)
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
