-- wrk script: GET /api/v1/tickets/{random id in 1..N}; N from TICKETS. With MISS=key the API key is left out (every
-- request misses), with MISS=path the path is one no interaction has; otherwise the key is sent (every request hits).
local n = tonumber(os.getenv("TICKETS") or "10")
local miss = os.getenv("MISS") or ""
if miss ~= "key" then
  wrk.headers["X-Api-Key"] = os.getenv("API_KEY") or "test-api-key"
end
math.randomseed(os.time())
request = function()
  if miss == "path" then
    return wrk.format("GET", "/api/v1/nothing/" .. math.random(1, 1000000000))
  end
  return wrk.format("GET", "/api/v1/tickets/" .. math.random(1, n))
end
