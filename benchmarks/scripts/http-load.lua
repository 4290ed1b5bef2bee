-- The HTTP API under load with wrk (issue 16, item 8): every wrk thread has one connection and runs complete
-- lifecycles on it, report -> accept -> resolve -> feedback -> rate, as HttpLoad's LifecycleClient does: the citizen
-- reports and rates, the grid's staff member accepts (naming themself), resolves and gives feedback, each with the
-- session cookie and CSRF token of their form login (written by org.grid.benchmarks.http.WrkSessions into the file
-- named by GRID_WRK_SESSIONS), a fresh Idempotency-Key per command and the previous answer's ETag in If-Match.
-- Every answer is checked: its status (201 for the report, 200 for the rest), the request's state in its body and
-- its ETag; anything else is a failure, counted by step, status and reason, and ends that lifecycle (the next starts
-- afresh). GRID_WRK_RUN names the run (request ids are <run>-<thread>-<n>). Run with as many threads as connections:
--
--   GRID_WRK_SESSIONS=sessions.lua GRID_WRK_RUN=r1 wrk -t 4 -c 4 -d 60s -s benchmarks/scripts/http-load.lua URL
--
-- done() prints the lifecycles closed, the failures and the latencies of all requests (wrk measures each request
-- from its write to its whole answer read) in HttpLoad's table format.

local steps = {
  {name = "report",   status = 201, state = "REPORTED"},
  {name = "accept",   status = 200, state = "ACCEPTED"},
  {name = "resolve",  status = 200, state = "RESOLVED"},
  {name = "feedback", status = 200, state = "FEEDBACK_GIVEN"},
  {name = "rate",     status = 200, state = "CLOSED"},
}
local bodies = {
  resolve = '{"summary":"\229\183\178\229\164\132\231\144\134 handled"}',
  feedback = '{"result":"\229\183\178\229\145\138\231\159\165 told"}',
  rate = '{"rating":"SATISFIED"}',
}

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

local config, session, step, id, etag, sequence, keys
completed, failed, errors = 0, 0, ""

function init(args)
  config = dofile(os.getenv("GRID_WRK_SESSIONS"))
  session = config.clients[index]
  if session == nil then
    error("GRID_WRK_SESSIONS has no session for thread " .. index .. ": run as many threads as clients")
  end
  bodies.accept = config.acceptBody
  sequence, keys, step = 0, 0, 1
  math.randomseed(os.time() * 1000 + index)
  id = nil
end

local function key()
  keys = keys + 1
  return string.format("%s-%d-%d-%08x", os.getenv("GRID_WRK_RUN") or "wrk", index, keys,
      math.random(0, 0x7fffffff))
end

function request()
  local s = steps[step]
  local headers = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = key(),
  }
  local citizen = s.name == "report" or s.name == "rate"
  if citizen then
    headers["Cookie"], headers["X-XSRF-TOKEN"] = session.citizenCookie, session.citizenXsrf
  else
    headers["Cookie"], headers["X-XSRF-TOKEN"] = session.handlerCookie, session.handlerXsrf
    headers["Grid-Office"] = config.handlerOffice
  end
  if s.name == "report" then
    sequence = sequence + 1
    id = string.format("%s-%d-%d", os.getenv("GRID_WRK_RUN") or "wrk", index, sequence)
    return wrk.format("POST", "/grid/api/requests", headers, config.reportBefore .. id .. config.reportAfter)
  end
  headers["If-Match"] = etag
  return wrk.format("POST", "/grid/api/requests/" .. id .. "/" .. s.name, headers, bodies[s.name])
end

local function fail(what)
  failed = failed + 1
  errors = errors .. steps[step].name .. " " .. what .. "\n"
  step, etag = 1, nil
end

function response(status, headers, body)
  local s = steps[step]
  if status ~= s.status then
    local reason = body and (body:match('"reason"%s*:%s*"([^"]*)"') or body:match('"type"%s*:%s*"([^"]*)"')) or ""
    return fail(status .. " " .. reason)
  end
  local state = body and body:match('"state"%s*:%s*"([A-Z_]+)"')
  if state ~= s.state then
    return fail(status .. " state " .. tostring(state))
  end
  etag = headers["ETag"] or headers["Etag"] or headers["etag"]
  if etag == nil then
    return fail(status .. " no ETag")
  end
  if step == #steps then
    completed = completed + 1
    step, etag = 1, nil
  else
    step = step + 1
  end
end

function done(summary, latency, requests)
  local closed, failures, lines = 0, 0, {}
  for _, thread in ipairs(threads) do
    closed = closed + thread:get("completed")
    failures = failures + thread:get("failed")
    for line in string.gmatch(thread:get("errors"), "[^\n]+") do
      lines[line] = (lines[line] or 0) + 1
    end
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("clients %d, measured %.1f s: %d lifecycles closed (%.1f/s), %d failed\n",
      #threads, seconds, closed, closed / seconds, failures))
  io.write(string.format("%-10s %8s %9s %9s %9s %9s %9s\n", "request", "count", "mean ms", "p50 ms", "p90 ms",
      "p99 ms", "max ms"))
  io.write(string.format("%-10s %8d %9.2f %9.2f %9.2f %9.2f %9.2f\n", "all", summary.requests, latency.mean / 1000,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000))
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  if socket > 0 then
    lines["socket errors (connect, read, write, timeout)"] = socket
  end
  local any = false
  for line, count in pairs(lines) do
    if not any then io.write("errors:\n") end
    any = true
    io.write(string.format("  %-40s %d\n", line, count))
  end
  if not any then io.write("errors: none\n") end
end
