package com.skylightchat.tickets.spec.diff;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedList;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Names what changed in a body or parameter schema, field by field ({@code field 'priority': enum value(s) removed
 * [medium]}). One {@link Change} per part that openapi-diff judges on its own — a schema's core (fields, type), its
 * enum, its required list, its limits — breaking exactly when openapi-diff calls that part incompatible. A change it
 * calls compatible but that has no describable content (e.g. only an example moved) is left out. Guarded against
 * the cycles recursive schemas create.
 */
final class SchemaChanges {

    private SchemaChanges() {
    }

    static void walk(String where, ChangedSchema schema, List<Change> changes) {
        walk(where, "", schema, changes, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(String where, String path, ChangedSchema schema, List<Change> changes, Set<Object> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String at = path.isEmpty() ? where : where + " field '" + path + "'";
        DiffResult core = schema.isCoreChanged();
        List<String> what = describe(schema);
        if (HttpChanges.real(core) && (!what.isEmpty() || core.isIncompatible())) {
            changes.add(new Change(at, what.isEmpty() ? "changed" : String.join("; ", what), core.isIncompatible()));
        }
        // enum, required, nullable, limits: openapi-diff judges each of them apart from the schema's core
        for (Changed element : schema.getChangedElements()) {
            if (element != null && !(element instanceof ComposedChanged) && HttpChanges.real(element.isChanged())) {
                changes.add(new Change(at, describe(element, schema),
                        element.isIncompatible() || nowNullableInAResponse(element, schema)));
            }
        }
        for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
            walk(where, path.isEmpty() ? property.getKey() : path + "." + property.getKey(), property.getValue(), changes, seen);
        }
        walk(where, path + "[]", schema.getItems(), changes, seen);
        walk(where, path + "{}", schema.getAddProp(), changes, seen);
        if (schema.getOneOfSchema() != null) {
            schema.getOneOfSchema().getChanged().values().forEach(option -> walk(where, path, option, changes, seen));
        }
    }

    /**
     * A response value that may now be null breaks callers that read it, as a widened response enum does; openapi-diff
     * calls it compatible, and the generated Java type does not change, so neither judge would notice.
     */
    private static boolean nowNullableInAResponse(Changed element, ChangedSchema schema) {
        return element == schema.getNullable() && Boolean.TRUE.equals(schema.getNewSchema().getNullable())
                && schema.getContext() != null && schema.getContext().isResponse();
    }

    /** The schema's own (core) changes: fields, type, default, deprecation. */
    private static List<String> describe(ChangedSchema schema) {
        List<String> what = new ArrayList<>();
        if (!schema.getMissingProperties().isEmpty()) {
            what.add("field(s) removed " + schema.getMissingProperties().keySet());
        }
        if (!schema.getIncreasedProperties().isEmpty()) {
            what.add("field(s) added " + schema.getIncreasedProperties().keySet());
        }
        if (schema.isChangedType() || schema.isChangeFormat()) {
            what.add("type changed from " + type(schema.getOldSchema()) + " to " + type(schema.getNewSchema()));
        }
        if (schema.isChangeDefault()) {
            what.add("default changed");
        }
        if (schema.isChangeDeprecated()) {
            what.add("deprecation changed");
        }
        return what;
    }

    /** One of the parts openapi-diff judges on its own. */
    private static String describe(Changed element, ChangedSchema schema) {
        if (element instanceof ChangedList<?> list && element == schema.getEnumeration()) {
            return join("enum value(s) removed ", list.getMissing(), "enum value(s) added ", list.getIncreased());
        }
        if (element instanceof ChangedList<?> list && element == schema.getRequired()) {
            return join("now required ", list.getIncreased(), "no longer required ", list.getMissing());
        }
        if (element == schema.getNullable()) {
            return Boolean.TRUE.equals(schema.getNewSchema().getNullable()) ? "now nullable" : "no longer nullable";
        }
        // ChangedMaxLength -> "max length changed"
        return element.getClass().getSimpleName().replaceFirst("^Changed", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT) + " changed";
    }

    private static String join(String firstLabel, List<?> first, String secondLabel, List<?> second) {
        List<String> parts = new ArrayList<>();
        if (!first.isEmpty()) {
            parts.add(firstLabel + first);
        }
        if (!second.isEmpty()) {
            parts.add(secondLabel + second);
        }
        return String.join("; ", parts);
    }

    private static String type(Schema<?> schema) {
        if (schema == null) {
            return "nothing";
        }
        String type = schema.getType() == null ? "any" : schema.getType();
        return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
    }
}
