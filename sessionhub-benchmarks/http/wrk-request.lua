-- One request shape for wrk, from environment variables set by run.sh:
--   BENCH_METHOD  GET or POST                BENCH_BODY    the request body (POST)
--   BENCH_PATHS   space-separated paths; each connection takes them in turn, starting at a
--                 different one (one path: every request the same)
--   BENCH_COOKIE  the login session's Cookie header
--   BENCH_XSRF    the CSRF token for the X-XSRF-TOKEN header (changes need it)
-- done() prints one line that run.sh reads: RESULT requests=... seconds=... rps=... p50_us=... p99_us=... errors=...

local paths = {}
for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
  table.insert(paths, p)
end
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 17
end

function init(args)
  wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
  wrk.headers["Accept"] = "application/json"
  if method ~= "GET" then
    wrk.headers["X-XSRF-TOKEN"] = os.getenv("BENCH_XSRF")
    wrk.headers["Content-Type"] = "application/json"
  end
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format(method, paths[(i % #paths) + 1], nil, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p99_us=%d errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
