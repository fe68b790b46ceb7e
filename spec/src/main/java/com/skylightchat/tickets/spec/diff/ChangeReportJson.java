package com.skylightchat.tickets.spec.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * The report's twin for tools: {@code {baselineVersion, currentVersion, verdict, passes, nextMajorVersion,
 * judgements: [{audience, judge, breaking: [{where, what}], compatible: [...]}]}}.
 */
public final class ChangeReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChangeReportJson() {
    }

    public static String json(GateResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("baselineVersion", result.baselineVersion());
        root.put("currentVersion", result.currentVersion());
        root.put("verdict", result.verdict().name());
        root.put("passes", result.passes());
        root.put("nextMajorVersion", result.nextMajorVersion());
        ArrayNode judgements = root.putArray("judgements");
        for (Judgement judgement : result.judgements()) {
            ObjectNode node = judgements.addObject();
            node.put("audience", judgement.audience().name());
            node.put("judge", judgement.audience().judge());
            changes(node.putArray("breaking"), judgement.breaking());
            changes(node.putArray("compatible"), judgement.compatible());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(GateResult result, Path file) {
        ChangeReport.write(file, json(result));
    }

    private static void changes(ArrayNode array, List<Change> changes) {
        changes.forEach(change -> array.addObject().put("where", change.where()).put("what", change.what()));
    }
}
