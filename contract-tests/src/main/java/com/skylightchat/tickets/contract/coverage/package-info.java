/**
 * Which spec operations and documented response statuses the recorded pacts exercise: computed from the spec and
 * the pacts, written as Markdown and JSON, summarised for the build log.
 */
package com.skylightchat.tickets.contract.coverage;
