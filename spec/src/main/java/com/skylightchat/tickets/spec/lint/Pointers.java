package com.skylightchat.tickets.spec.lint;

/** JSON pointer building (RFC 6901 escaping), so that paths such as {@code /tickets/{id}} become one segment. */
public final class Pointers {

    private Pointers() {
    }

    /** {@code parent} extended by one segment. */
    public static String child(String parent, String segment) {
        return parent + "/" + segment.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} extended by one array index. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer of a whole path, segment by segment. */
    public static String of(String... segments) {
        String pointer = "";
        for (String segment : segments) {
            pointer = child(pointer, segment);
        }
        return pointer;
    }

    /** The pointer one level up; the root stays the root. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped last segment, or "" for the root. */
    public static String last(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }
}
