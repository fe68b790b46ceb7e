/**
 * The one validator of HTTP exchanges against the spec: {@link com.skylightchat.tickets.spec.validation.SpecValidator}
 * judges a request, and optionally its response, with swagger-request-validator and names each violation by where it
 * is ({@code response.body.data.status}). Pact validation, the stub's 404 explanations and the simulator's tests all
 * use it.
 */
package com.skylightchat.tickets.spec.validation;
