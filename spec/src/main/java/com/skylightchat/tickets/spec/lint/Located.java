package com.skylightchat.tickets.spec.lint;

import com.fasterxml.jackson.databind.JsonNode;

/** A node of the raw YAML tree and its JSON pointer. */
public record Located(String pointer, JsonNode node) {
}
