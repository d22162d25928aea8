-- wrk script for scripts/feed-bench.sh: every request reads the page after a cursor drawn at random from the file
-- named by TZ_CURSORS (one cursor a line, read before the run), so that the run walks the whole feed of the gemeente
-- instead of asking for one page again and again.
local cursors = {}
for line in io.lines(os.getenv("TZ_CURSORS")) do
  cursors[#cursors + 1] = line
end

local base = wrk.path

function init(args)
  -- Each wrk thread has its own Lua state: seed each differently.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  return wrk.format(nil, base .. "&cursor=" .. cursors[math.random(#cursors)])
end
