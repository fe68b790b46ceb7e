package com.skylightchat.tickets.spec.diff;

/** Who a change to the spec can break, and which library judges it. */
public enum Audience {
    /** Programs in any language that call the API over HTTP, judged on the OpenAPI documents by openapi-diff. */
    HTTP_CLIENTS("HTTP clients", "programs in any language that call the API over HTTP", "openapi-diff"),
    /** Java code compiled against the generated client, judged on the two compiled clients by japicmp. */
    JAVA_CALLERS("Java callers", "Java code that calls the generated client, tickets-client", "japicmp");

    private final String title;
    private final String who;
    private final String judge;

    Audience(String title, String who, String judge) {
        this.title = title;
        this.who = who;
        this.judge = judge;
    }

    /** Short name for headings, e.g. {@code Java callers}. */
    public String title() {
        return title;
    }

    /** One phrase that says who they are. */
    public String who() {
        return who;
    }

    /** The library whose verdict this is. */
    public String judge() {
        return judge;
    }
}
