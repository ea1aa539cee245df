"""The Lua scripts of the Valkey store: each write, hit, delete and sweep is one atomic round trip.

Every script touches only the keys it is given (``KEYS``), so in cluster mode a script whose
keys share one hash tag runs on one node.
"""

from __future__ import annotations

import hashlib
from typing import Any

from valkey import exceptions as vx

# KEYS: entry, stats, ttl-set, hits. ARGV: id, size, expires_ms ('' = never), field, value, ...
# Every input is checked before the first write: a script is not rolled back when a later
# command fails (an expiry of 1e20 once left an entry written, never expiring, uncounted).
PUT = """
local e = ARGV[3]
if e ~= '' then
  local n = tonumber(e)
  if not n or n ~= n or n < 0 or n > 1e15 then
    return redis.error_reply('ERR yamabiko: invalid expiry ' .. e)
  end
end
if not tonumber(ARGV[2]) then return redis.error_reply('ERR yamabiko: invalid size') end
redis.call('DEL', KEYS[4])
local old = redis.call('HGET', KEYS[1], 'size')
if old then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[3], old .. ':' .. ARGV[1])
  redis.call('HINCRBY', KEYS[2], 'entries', -1)
  redis.call('HINCRBY', KEYS[2], 'bytes', -tonumber(old))
end
local exp = ARGV[3]
if exp ~= '' then
  local t = redis.call('TIME')
  if tonumber(exp) <= tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) then
    redis.call('HINCRBY', KEYS[2], 'expired', 1)
    return 0
  end
end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
if exp ~= '' then
  redis.call('PEXPIREAT', KEYS[1], exp)
  redis.call('ZADD', KEYS[3], exp, ARGV[2] .. ':' .. ARGV[1])
end
redis.call('HINCRBY', KEYS[2], 'entries', 1)
redis.call('HINCRBY', KEYS[2], 'bytes', tonumber(ARGV[2]))
return 1
"""

# KEYS: entry, ttl-set, hits. ARGV: now (seconds, as text), sliding (1/0), fields to return.
# Hit counters live in their own small hash: writing to the indexed entry hash would make the
# search module re-index the document (vector included) on every hit.
HIT = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HINCRBY', KEYS[3], 'hits', 1)
redis.call('HSET', KEYS[3], 'last_hit_at', ARGV[1])
local ttl = tonumber(redis.call('HGET', KEYS[1], 'ttl_ms') or '0')
if ttl > 0 then
  if ARGV[2] == '1' then
    local t = redis.call('TIME')
    local exp = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + ttl
    local f = redis.call('HMGET', KEYS[1], 'size', 'id')
    redis.call('PEXPIREAT', KEYS[1], exp)
    redis.call('HSET', KEYS[3], 'expires_at', string.format('%.3f', exp / 1000))
    redis.call('ZADD', KEYS[2], 'XX', exp, f[1] .. ':' .. f[2])
  end
  redis.call('PEXPIREAT', KEYS[3], redis.call('PEXPIRETIME', KEYS[1]))
end
local out = redis.call('HMGET', KEYS[1], unpack(ARGV, 3))
local h = redis.call('HMGET', KEYS[3], 'hits', 'last_hit_at', 'expires_at')
table.insert(out, h[1])
table.insert(out, h[2])
table.insert(out, h[3])
return out
"""

# KEYS: stats, ttl-set, entry keys... ARGV: prefix of hit-counter keys.
# Returns how many entries were removed.
DELETE = """
local n, bytes = 0, 0
for i = 3, #KEYS do
  local f = redis.call('HMGET', KEYS[i], 'size', 'id')
  if f[1] then
    redis.call('UNLINK', KEYS[i], ARGV[1] .. f[2])
    redis.call('ZREM', KEYS[2], f[1] .. ':' .. f[2])
    n = n + 1
    bytes = bytes + tonumber(f[1])
  end
end
if n > 0 then
  redis.call('HINCRBY', KEYS[1], 'entries', -n)
  redis.call('HINCRBY', KEYS[1], 'bytes', -bytes)
end
return n
"""

# KEYS: stats, ttl-set. ARGV: max members to sweep. Returns the counters after the sweep.
SWEEP = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local gone = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
if #gone > 0 then
  local bytes = 0
  for _, m in ipairs(gone) do
    bytes = bytes + tonumber(string.sub(m, 1, string.find(m, ':', 1, true) - 1))
  end
  redis.call('ZREM', KEYS[2], unpack(gone))
  redis.call('HINCRBY', KEYS[1], 'entries', -#gone)
  redis.call('HINCRBY', KEYS[1], 'bytes', -bytes)
  redis.call('HINCRBY', KEYS[1], 'expired', #gone)
end
local c = redis.call('HMGET', KEYS[1], 'entries', 'bytes', 'expired', 'evictions')
table.insert(c, #gone)
return c
"""


class Script:
    """A Lua script run with EVALSHA, falling back to EVAL when the server lost its cache."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.sha = hashlib.sha1(source.encode()).hexdigest()

    async def __call__(self, client: Any, keys: list[str], args: list[Any]) -> Any:
        try:
            return await client.evalsha(self.sha, len(keys), *keys, *args)
        except vx.NoScriptError:
            return await client.eval(self.source, len(keys), *keys, *args)


PUT_SCRIPT, HIT_SCRIPT = Script(PUT), Script(HIT)
DELETE_SCRIPT, SWEEP_SCRIPT = Script(DELETE), Script(SWEEP)
