-- wrk script: three-word search queries drawn at random from a word list, so nearly every query misses the
-- output cache and is answered by the search index.
--   wrk -t1 -c8 -d20s --latency -s search.lua http://127.0.0.1:PORT -- words.txt
local words = {}

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(words, line) end
  end
  if #words < 3 then error("need at least three words in " .. tostring(args[1])) end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  bad = 0
end

function request()
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)] .. "+" .. words[math.random(#words)]
  return wrk.format("GET", "/search?q=" .. q)
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
