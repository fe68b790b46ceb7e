package com.skylightchat.tickets.stub.verification;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationTargetTest {

    private final VerificationTarget deployment = new VerificationTarget(
            Optional.of(URI.create("https://tickets.example")), "deployment-key", "test-api-key", null, false);

    @Test
    void replacesOnlyTheValidKeyThePactsWereRecordedWith() {
        assertThat(deployment.keyFor("test-api-key")).isEqualTo("deployment-key");
        assertThat(deployment.keyFor("revoked-api-key")).isEqualTo("revoked-api-key");
    }

    @Test
    void keepsEveryKeyWhenNoneIsGiven() {
        VerificationTarget stub = new VerificationTarget(Optional.empty(), null, "test-api-key", null, false);

        assertThat(stub.keyFor("test-api-key")).isEqualTo("test-api-key");
        assertThat(stub.isRealDeployment()).isFalse();
    }

    @Test
    void requiresEveryStateOnlyWhenToldTo() {
        System.setProperty("tickets.verify.statesRequired", "true");
        try {
            assertThat(VerificationTarget.fromEnvironment().statesRequired()).isTrue();
        } finally {
            System.clearProperty("tickets.verify.statesRequired");
        }
        assertThat(VerificationTarget.fromEnvironment().statesRequired()).isFalse();
    }
}
