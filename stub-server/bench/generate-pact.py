#!/usr/bin/env python3
"""Writes a V4 pact with N interactions (GET /api/v1/tickets/{id}, keyed, one per id) for the index benchmark.

usage: generate-pact.py N OUT.json
"""
import json
import sys

n, out = int(sys.argv[1]), sys.argv[2]
interactions = []
for i in range(1, n + 1):
    interactions.append({
        "type": "Synchronous/HTTP",
        "description": f"a request for ticket {i}",
        "providerStates": [{"name": f"ticket {i} exists", "params": {"id": i}}],
        "request": {"method": "GET", "path": f"/api/v1/tickets/{i}", "headers": {"X-Api-Key": ["test-api-key"]}},
        "response": {"status": 200, "headers": {"Content-Type": ["application/json"]},
                     "body": {"contentType": "application/json", "encoded": False,
                              "content": {"success": True, "data": {"id": i, "ticket_id": f"T{i:07d}",
                                                                    "subject": f"Ticket {i}", "priority": "medium",
                                                                    "status": "open", "department": None}}}},
    })
pact = {"consumer": {"name": "bench-consumer"}, "provider": {"name": "skylight-tickets-api"},
        "interactions": interactions, "metadata": {"pactSpecification": {"version": "4.0"}}}
with open(out, "w") as f:
    json.dump(pact, f)
