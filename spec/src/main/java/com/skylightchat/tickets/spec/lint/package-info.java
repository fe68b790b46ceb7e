/**
 * The spec linter: {@link com.skylightchat.tickets.spec.lint.SpecLinter} runs every
 * {@link com.skylightchat.tickets.spec.lint.SpecCheck} over a YAML document and returns
 * {@link com.skylightchat.tickets.spec.lint.Finding}s that name file, line and JSON pointer.
 * Checks work on the raw YAML tree (so that each finding has a line) and use swagger-parser and
 * swagger-request-validator where a real parser or schema validator is needed.
 */
package com.skylightchat.tickets.spec.lint;
