package com.skylightchat.tickets.stub.replay;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.OptionalBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pact response turned into wire form once: status, header pairs and body bytes. Immutable; the body array is
 * never written to after construction, so one instance serves every request for an interaction without generators.
 *
 * @param status  HTTP status
 * @param headers name/value pairs in pact order
 * @param body    body bytes, empty when none
 */
record Rendered(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    static Rendered of(IResponse response) {
        OptionalBody body = response.getBody();
        byte[] bytes = body.isPresent() && body.getValue() != null ? body.getValue() : new byte[0];
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        boolean hasContentType = false;
        for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
            hasContentType |= header.getKey().equalsIgnoreCase("Content-Type");
            for (String value : header.getValue()) {
                headers.add(Map.entry(header.getKey(), value));
            }
        }
        if (!hasContentType && bytes.length > 0) {
            ContentType type = body.getContentType();
            // Pact stores the body's type next to it when the pact gave no header; say it on the wire too.
            if (type != null && type.getContentType() != null) {
                headers.add(Map.entry("Content-Type", type.toString()));
            }
        }
        return new Rendered(response.getStatus(), List.copyOf(headers), bytes);
    }
}
