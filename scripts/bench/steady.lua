-- wrk script: the paths and percentiles of queries.lua, at a steady rate. Each connection
-- waits DELAY_MS between its requests, so -c N gives about N * 1000 / DELAY_MS requests a
-- second whatever the server's speed, as readers arrive at a site.
dofile(os.getenv("BENCH_DIR") .. "/queries.lua")

local wait = tonumber(os.getenv("DELAY_MS"))

function delay()
  return wait
end
