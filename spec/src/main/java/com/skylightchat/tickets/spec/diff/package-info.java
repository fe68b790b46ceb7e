/**
 * The breaking-change gate: {@link com.skylightchat.tickets.spec.diff.BreakingChangeGate} compares the spec with the
 * last released copy (openapi-diff plus {@link com.skylightchat.tickets.spec.diff.ClientBreakingChecks} for what
 * openapi-diff lets through), {@link com.skylightchat.tickets.spec.diff.ChangeReport} writes the Markdown report and
 * {@link com.skylightchat.tickets.spec.diff.BreakingChangeGateMain} is the build step that fails on a breaking change
 * without a major version bump.
 */
package com.skylightchat.tickets.spec.diff;
