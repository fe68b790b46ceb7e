-- wrk script: GET /api/v1/tickets/{random id in 1..N} with the API key; N from the environment (TICKETS).
local n = tonumber(os.getenv("TICKETS") or "10")
wrk.headers["X-Api-Key"] = os.getenv("API_KEY") or "test-api-key"
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/tickets/" .. math.random(1, n))
end
