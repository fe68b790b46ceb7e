/**
 * Acceptance tests of the API team's main workflow: edits of the spec, made on copies under {@code target/}, go
 * through the checks the build runs on the real file, and each scenario ends as the issue that asked for it says.
 */
package com.skylightchat.tickets.contract.scenario;
