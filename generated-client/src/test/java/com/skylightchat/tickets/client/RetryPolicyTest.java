package com.skylightchat.tickets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The backoff steps and their jitter, and what a policy refuses to be. */
class RetryPolicyTest {
    private final RetryPolicy policy = RetryPolicy.attempts(10)
        .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(1));

    @Test
    void doublesTheStepFromTheInitialBackoffUpToTheMaximum() {
        // given a random draw at the top of the range, the wait is the whole step
        double top = Math.nextDown(1.0);
        // when / then
        assertThat(policy.backoff(1, top)).isEqualTo(Duration.ofMillis(199));
        assertThat(policy.backoff(2, top)).isEqualTo(Duration.ofMillis(399));
        assertThat(policy.backoff(3, top)).isEqualTo(Duration.ofMillis(799));
        assertThat(policy.backoff(4, top)).isEqualTo(Duration.ofMillis(999));
        assertThat(policy.backoff(9, top)).isEqualTo(Duration.ofMillis(999));
    }

    @Test
    void alwaysWaitsAtLeastHalfTheStepWithEqualJitter() {
        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(300));
        assertThat(policy.backoff(5, 0.0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void isOffUnlessAskedFor() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(TicketsClient.builder().apiKey("k").toString()).contains("maxAttempts=1");
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> RetryPolicy.attempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.attempts(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.attempts(3).withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.attempts(3).withBackoff(Duration.ZERO, Duration.ofSeconds(1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.attempts(3).withMaxRetryAfter(Duration.ofSeconds(-1)))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
