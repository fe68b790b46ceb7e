/**
 * The breaking-change gate: {@link com.skylightchat.tickets.spec.diff.BreakingChangeGate} compares the spec with the
 * last released copy through two judges — openapi-diff on the documents for HTTP clients
 * ({@code HttpChanges}), japicmp on the clients generated from both for Java callers
 * ({@code JavaApiCompatibility}, {@code GeneratedClients}) — {@link com.skylightchat.tickets.spec.diff.ChangeReport}
 * and {@link com.skylightchat.tickets.spec.diff.ChangeReportJson} write the report, and
 * {@link com.skylightchat.tickets.spec.diff.BreakingChangeGateMain} is the build step that fails on a breaking
 * change without a major version bump.
 */
package com.skylightchat.tickets.spec.diff;
