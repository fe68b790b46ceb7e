-- wrk script: POST the reply recorded in the pact.
wrk.method = "POST"
wrk.path = os.getenv("POST_PATH") or "/api/v1/tickets/14/reply"
wrk.body = os.getenv("POST_BODY") or '{"reply":"The issue is resolved now, thank you!"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Api-Key"] = os.getenv("API_KEY") or "test-api-key"
