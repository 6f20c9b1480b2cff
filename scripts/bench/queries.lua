-- wrk script: each request takes the next path from the file named by the QUERY_PATHS
-- variable, and the summary adds the 95th percentile that wrk's own report leaves out.
local paths = {}
local next_index = 1

function init(args)
  for line in io.lines(os.getenv("QUERY_PATHS")) do paths[#paths + 1] = line end
  -- Threads start at different places so they do not ask the same query at once.
  next_index = (math.random(#paths))
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format("p50_ms %.2f\np95_ms %.2f\np99_ms %.2f\nmax_ms %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
