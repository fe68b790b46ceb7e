/**
 * The Pact consumer suite: one test class per area of the API, each test calling the generated client's facade
 * against the Pact mock server and asserting on typed results. Together they record
 * {@code skylight-tickets-java-client-skylight-tickets-api.json} (pact specification V4).
 */
package com.skylightchat.tickets.contract.consumer;
