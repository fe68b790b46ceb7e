package com.skylightchat.tickets.spec.diff;

import java.util.List;

/**
 * One judge's verdict on a spec change: every change it saw, each marked breaking or not, and optional details in
 * the judge's own words (Markdown) for the report.
 */
public record Judgement(Audience audience, List<Change> changes, String details) {

    public Judgement {
        changes = List.copyOf(changes);
        details = details == null ? "" : details;
    }

    /** A judge that saw nothing change. */
    public static Judgement unchanged(Audience audience) {
        return new Judgement(audience, List.of(), "");
    }

    /** The changes that break this audience. */
    public List<Change> breaking() {
        return changes.stream().filter(Change::breaking).toList();
    }

    /** The changes this audience survives. */
    public List<Change> compatible() {
        return changes.stream().filter(change -> !change.breaking()).toList();
    }

    public boolean isBreaking() {
        return changes.stream().anyMatch(Change::breaking);
    }
}
