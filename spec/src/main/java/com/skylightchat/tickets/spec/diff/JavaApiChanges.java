package com.skylightchat.tickets.spec.diff;

import japicmp.model.AccessModifier;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiCompatibilityChangeType;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import japicmp.model.JApiModifier;
import japicmp.model.JApiParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javassist.bytecode.AccessFlag;

/**
 * Turns japicmp's class-by-class comparison into {@link Change}s that name the class and member in the words a Java
 * caller uses ({@code CreateTicketRequest.body(String): method removed}, {@code TicketPriority.MEDIUM: enum constant
 * removed}). A member change is breaking when japicmp calls it binary or source incompatible; changes that only
 * touch annotations are left out. Stateless.
 */
final class JavaApiChanges {

    private JavaApiChanges() {
    }

    static List<Change> of(List<JApiClass> classes) {
        List<Change> changes = new ArrayList<>();
        for (JApiClass type : classes.stream().sorted(Comparator.comparing(JApiClass::getFullyQualifiedName)).toList()) {
            String name = simple(type.getFullyQualifiedName());
            if (!visible(type.getAccessModifier())) {
                continue;
            }
            if (type.getChangeStatus() == JApiChangeStatus.NEW || type.getChangeStatus() == JApiChangeStatus.REMOVED) {
                changes.add(new Change(name, "class " + status(type.getChangeStatus()), type.getChangeStatus() == JApiChangeStatus.REMOVED));
                continue;
            }
            List<JApiCompatibilityChange> own = incompatible(type.getCompatibilityChanges());
            if (!own.isEmpty()) {
                changes.add(new Change(name, words(own), true));
            }
            for (JApiField field : type.getFields()) {
                boolean constant = field.getOldFieldOptional().or(field::getNewFieldOptional)
                        .map(f -> (f.getModifiers() & AccessFlag.ENUM) != 0).orElse(false);
                String typeChange = "type changed from " + simple(field.getType().getOldValue()) + " to "
                        + simple(field.getType().getNewValue());
                member(field.getAccessModifier(), name + "." + field.getName(), constant ? "enum constant" : "field", field.getChangeStatus(),
                        field.getCompatibilityChanges(), typeChange, changes);
            }
            for (JApiConstructor constructor : type.getConstructors()) {
                member(constructor.getAccessModifier(), name + parameters(constructor.getParameters()), "constructor", constructor.getChangeStatus(),
                        constructor.getCompatibilityChanges(), "", changes);
            }
            for (JApiMethod method : type.getMethods()) {
                String returnChange = "return type changed from " + simple(method.getReturnType().getOldReturnType())
                        + " to " + simple(method.getReturnType().getNewReturnType());
                member(method.getAccessModifier(), name + "." + method.getName() + parameters(method.getParameters()), "method",
                        method.getChangeStatus(), method.getCompatibilityChanges(), returnChange, changes);
            }
        }
        return changes;
    }

    private static void member(JApiModifier<AccessModifier> access, String where, String kind, JApiChangeStatus status, List<JApiCompatibilityChange> found,
                               String typeChange, List<Change> changes) {
        if (!visible(access)) {
            return;
        }
        List<JApiCompatibilityChange> breaking = incompatible(found);
        if (status == JApiChangeStatus.NEW || status == JApiChangeStatus.REMOVED) {
            changes.add(new Change(where, kind + " " + status(status), !breaking.isEmpty()));
        } else if (!breaking.isEmpty()) {
            boolean typeChanged = breaking.stream().anyMatch(change -> change.getType() == JApiCompatibilityChangeType.FIELD_TYPE_CHANGED
                    || change.getType() == JApiCompatibilityChangeType.METHOD_RETURN_TYPE_CHANGED);
            changes.add(new Change(where, typeChanged ? typeChange : words(breaking), true));
        }
    }

    /** Public or protected before or after: what callers can see (private fields back the public accessors). */
    private static boolean visible(JApiModifier<AccessModifier> access) {
        return Stream.of(access.getOldModifier(), access.getNewModifier()).flatMap(Optional::stream)
                .anyMatch(modifier -> modifier == AccessModifier.PUBLIC || modifier == AccessModifier.PROTECTED);
    }

    private static List<JApiCompatibilityChange> incompatible(List<JApiCompatibilityChange> changes) {
        return changes.stream().filter(change -> !change.isBinaryCompatible() || !change.isSourceCompatible()).toList();
    }

    private static String words(List<JApiCompatibilityChange> changes) {
        return changes.stream().map(change -> change.getType().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .distinct().collect(Collectors.joining(", "));
    }

    private static String status(JApiChangeStatus status) {
        return status == JApiChangeStatus.NEW ? "added" : "removed";
    }

    private static String parameters(List<JApiParameter> parameters) {
        return parameters.stream().map(parameter -> simple(parameter.getType())).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code java.util.List<com.x.Ticket>} → {@code List<Ticket>}; nested classes with a dot. */
    private static String simple(String type) {
        return type == null ? "nothing" : type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace('$', '.');
    }
}
