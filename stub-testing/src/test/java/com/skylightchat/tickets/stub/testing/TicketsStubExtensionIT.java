package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.model.TicketWithReplies;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The programmatic form: a {@code static} field gives one stub for the class, reachable through the field; the
 * client sends the key the given pacts were recorded with.
 */
class TicketsStubExtensionIT {

    @RegisterExtension
    static TicketsStubExtension stub = TicketsStubExtension.builder()
        .pacts(Path.of("src/test/resources/pacts"))
        .stubOptions(options -> options.requestLog(false))
        .build();

    @Test
    void servesThePactsGivenToTheBuilderThroughTheField() {
        // when
        TicketWithReplies ticket = stub.client().getTicket(99);

        // then
        assertThat(ticket.getSubject()).isEqualTo("Invoices are sent twice");
        assertThat(stub.info().requests("GET", "/api/v1/tickets/99")).hasSize(1);
    }

    @Test
    void appliesFurtherStubOptions() {
        assertThat(stub.info().server().config().journal().requestLog()).isFalse();
        assertThat(stub.info().server().config().host()).isEqualTo("127.0.0.1");
    }

    @Test
    void injectsTheSameStubIntoParametersWithThePactsKey(TicketsStubInfo info, TicketsClient client) {
        assertThat(info.baseUrl()).isEqualTo(stub.baseUrl());
        assertThat(info.baseUrl()).hasToString(info.origin() + "/api/v1");
        assertThat(client.baseUrl()).isEqualTo(stub.baseUrl());
        assertThat(info.apiKey()).isEqualTo("partner-key");
    }
}
