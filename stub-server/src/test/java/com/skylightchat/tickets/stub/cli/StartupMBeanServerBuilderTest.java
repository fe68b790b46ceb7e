package com.skylightchat.tickets.stub.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupMBeanServerBuilderTest {

    @AfterEach
    void restore() {
        StartupMBeanServerBuilder.uninstall();
        System.clearProperty("jboss.threads.eqe.register-mbean");
    }

    @Test
    void noMBeanServerCanBeCreatedWhileInstalled() {
        StartupMBeanServerBuilder.install();

        assertThatThrownBy(MBeanServerFactory::newMBeanServer).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("while the stub starts");
        assertThat(System.getProperty("jboss.threads.eqe.register-mbean")).isEqualTo("false");
    }

    @Test
    void theJdkBuilderServesAgainAfterUninstalling() {
        StartupMBeanServerBuilder.install();
        StartupMBeanServerBuilder.uninstall();

        assertThat(MBeanServerFactory.newMBeanServer().getMBeanCount()).isPositive();
    }

    @Test
    void leavesABuilderThatTheUserConfiguredAlone() {
        System.setProperty("javax.management.builder.initial", "javax.management.MBeanServerBuilder");
        try {
            StartupMBeanServerBuilder.install();
            StartupMBeanServerBuilder.uninstall();

            assertThat(System.getProperty("javax.management.builder.initial"))
                    .isEqualTo("javax.management.MBeanServerBuilder");
        } finally {
            System.clearProperty("javax.management.builder.initial");
        }
    }
}
