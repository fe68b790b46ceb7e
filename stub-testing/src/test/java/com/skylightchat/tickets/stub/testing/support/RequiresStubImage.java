package com.skylightchat.tickets.stub.testing.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Runs a container test class only where {@link StubImage} finds the image of this build; otherwise the class is
 * skipped with the reason (or fails when containers are required). Unlike a check in {@code @BeforeAll}, this is
 * decided before other extensions (e.g. Testcontainers' {@code @Container}) start anything.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresStubImage.Condition.class)
public @interface RequiresStubImage {

    /** The condition behind the annotation. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return StubImage.unavailableReason().map(reason -> {
                if (StubImage.required()) {
                    throw new IllegalStateException(StubImage.requiredMessage(reason));
                }
                // Surefire shows a skipped class only as a count; say why on the console too.
                LoggerFactory.getLogger(RequiresStubImage.class).warn("{} skipped: {}", context.getDisplayName(),
                    reason);
                return ConditionEvaluationResult.disabled("container test skipped: " + reason);
            }).orElseGet(() -> ConditionEvaluationResult.enabled("the stub image of this build is available"));
        }
    }
}
