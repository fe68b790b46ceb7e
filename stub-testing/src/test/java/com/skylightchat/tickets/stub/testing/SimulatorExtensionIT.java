package com.skylightchat.tickets.stub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skylightchat.tickets.client.NewTicket;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.stub.Mode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The programmatic form in simulate mode: an instance field gives every test a simulator of its own, so data never
 * leaks from one test to the next; the given key is the one key it accepts and the one the client sends.
 */
class SimulatorExtensionIT {

    @RegisterExtension
    TicketsStubExtension stub = TicketsStubExtension.builder().simulate().apiKey("team-key")
        .stubOptions(options -> options.maxTickets(50))
        .build();

    @Test
    void startsEveryTestWithAnEmptySimulatorOfItsOwn() {
        // when
        long id = stub.client().createTicket(NewTicket.builder().subject("s").body("b").build()).getId();

        // then
        assertThat(id).isEqualTo(1);
        assertThat(stub.info().server().mode()).isEqualTo(Mode.SIMULATE);
        assertThat(stub.info().simulator().tickets()).hasSize(1);
    }

    @Test
    void acceptsOnlyTheGivenKeyAndAppliesFurtherOptions() {
        // when
        stub.client().createTicket(NewTicket.builder().subject("s").body("b").build());

        // then
        assertThat(stub.info().apiKey()).isEqualTo("team-key");
        assertThatThrownBy(() -> stub.info().client("test-api-key").listDepartments())
            .isInstanceOfSatisfying(TicketsClientException.class, e -> assertThat(e.isUnauthorized()).isTrue());
        assertThat(stub.info().server().config().simulator().maxTickets()).isEqualTo(50);
    }

    @Test
    void refusesPactsWithTheSimulator() {
        assertThatThrownBy(() -> TicketsStubExtension.builder().simulate().pacts(Path.of("src/test/resources/pacts"))
            .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serves no pacts");
    }
}
