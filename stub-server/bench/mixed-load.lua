-- wrk script: the simulator under a mix of creates (25%), replies (25%), gets (35%) and lists (15%), on random
-- ticket ids 1..TICKETS. Once a cap is reached, creates and replies get 507 (counted as non-2xx): memory stays flat.
local key = os.getenv("API_KEY") or "test-api-key"
local tickets = tonumber(os.getenv("TICKETS") or "10000")
local filters = {"", "?status=open", "?status=answered&priority=high", "?priority=low&per_page=50", "?page=2"}
local json = {["Content-Type"] = "application/json", ["X-Api-Key"] = key}
local plain = {["X-Api-Key"] = key}

math.randomseed(os.time())

request = function()
  local pick = math.random(100)
  if pick <= 25 then
    return wrk.format("POST", "/api/v1/tickets", json,
      '{"subject":"Channel down","body":"Since this morning nothing is delivered.","priority":"high"}')
  elseif pick <= 50 then
    return wrk.format("POST", "/api/v1/tickets/" .. math.random(tickets) .. "/reply", json,
      '{"reply":"Any news on this? We are still waiting."}')
  elseif pick <= 85 then
    return wrk.format("GET", "/api/v1/tickets/" .. math.random(tickets), plain)
  end
  return wrk.format("GET", "/api/v1/tickets" .. filters[math.random(#filters)], plain)
end
