-- wrk script: rotates through the paths listed in a file (one per line) and counts answers by status class.
--   wrk -t1 -c128 -d60s -s tests/Performance/rotate.lua http://127.0.0.1:PORT -- paths.txt
-- Prints one machine-readable line at the end:
--   statuses 2xx=N 3xx=N 4xx=N 5xx=N other=N
-- (wrk does not say which connection an answer belongs to; the site's request log names the paths.)

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then
      table.insert(paths, wrk.format("GET", line))
    end
  end
  if #paths == 0 then
    error("no paths in " .. tostring(args[1]))
  end
  requests = paths
  index = 0
  c2, c3, c4, c5, other = 0, 0, 0, 0, 0
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function response(status, headers, body)
  local class = math.floor(status / 100)
  if class == 2 then c2 = c2 + 1
  elseif class == 3 then c3 = c3 + 1
  elseif class == 4 then c4 = c4 + 1
  elseif class == 5 then c5 = c5 + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local t = { c2 = 0, c3 = 0, c4 = 0, c5 = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do
      t[k] = t[k] + (thread:get(k) or 0)
    end
  end
  io.write(string.format("statuses 2xx=%d 3xx=%d 4xx=%d 5xx=%d other=%d\n", t.c2, t.c3, t.c4, t.c5, t.other))
end
