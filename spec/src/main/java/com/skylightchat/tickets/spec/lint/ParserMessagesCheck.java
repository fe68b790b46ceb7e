package com.skylightchat.tickets.spec.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * swagger-parser must read the document with zero messages. Its messages name places as dotted attribute paths
 * ({@code attribute paths.'/tickets'(get).responses.200.foo is unexpected}); they are turned into a JSON pointer on a
 * best-effort basis so that the finding still carries a line (the nearest existing ancestor's).
 */
public final class ParserMessagesCheck implements SpecCheck {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute (\\S+)");
    private static final Pattern LEADING_PATH = Pattern.compile("^(\\S+)");
    private static final Pattern SEGMENT = Pattern.compile("'([^']*)'(?:\\((\\w+)\\))?|([^.']+)");

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        if (context.parsed().getOpenAPI() == null) {
            findings.add(context.finding("parser-message", "", "swagger-parser could not read the document"));
        }
        List<String> messages = context.parsed().getMessages();
        if (messages != null) {
            for (String message : messages) {
                findings.add(context.finding("parser-message", pointerOf(message), message));
            }
        }
        return findings;
    }

    static String pointerOf(String message) {
        Matcher attribute = ATTRIBUTE.matcher(message);
        if (!attribute.find()) {
            // Other messages start with the dotted path: "paths.'/x'(get).parameters.$ref target … is not …".
            attribute = LEADING_PATH.matcher(message);
            if (!attribute.find()) {
                return "";
            }
        }
        String pointer = "";
        Matcher segment = SEGMENT.matcher(attribute.group(1));
        while (segment.find()) {
            if (segment.group(1) != null) {
                pointer = Pointers.child(pointer, segment.group(1));
                if (segment.group(2) != null) {
                    pointer = Pointers.child(pointer, segment.group(2));
                }
            } else {
                pointer = Pointers.child(pointer, segment.group(3));
            }
        }
        return pointer;
    }
}
