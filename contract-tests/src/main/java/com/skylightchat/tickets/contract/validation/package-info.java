/**
 * Checking recorded pacts against the OpenAPI spec with {@code swagger-request-validator-core}: every request and
 * response of every interaction must be one the spec documents.
 */
package com.skylightchat.tickets.contract.validation;
