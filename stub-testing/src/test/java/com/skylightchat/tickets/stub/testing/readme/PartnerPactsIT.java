package com.skylightchat.tickets.stub.testing.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.stub.testing.TicketsStubExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PartnerPactsIT {

    // snippet:start junit-programmatic
    @RegisterExtension
    static TicketsStubExtension stub = TicketsStubExtension.builder()
        .pacts(Path.of("src/test/resources/pacts"))        // instead of the embedded pacts
        .stubOptions(options -> options.requestLog(false)) // any StubConfig option
        .build();

    @Test
    void servesTheGivenPacts() {
        assertThat(stub.client().getTicket(99).getSubject()).isEqualTo("Invoices are sent twice");
        assertThat(stub.info().requests()).hasSize(1);
    }
    // snippet:end junit-programmatic
}
