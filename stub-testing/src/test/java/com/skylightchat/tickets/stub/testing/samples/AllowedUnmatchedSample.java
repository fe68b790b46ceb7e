package com.skylightchat.tickets.stub.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skylightchat.tickets.client.TicketsClient;
import com.skylightchat.tickets.client.TicketsClientException;
import com.skylightchat.tickets.stub.testing.TicketsStubInfo;
import com.skylightchat.tickets.stub.testing.TicketsStubTest;
import com.skylightchat.tickets.stub.testing.UnmatchedRequests;
import org.junit.jupiter.api.Test;

/** A test about requests the contract does not have, which says so. */
@TicketsStubTest(unmatchedRequests = UnmatchedRequests.ALLOW)
public class AllowedUnmatchedSample {

    @Test
    void seesTheStubsExplanationInTheClientsException(TicketsClient client, TicketsStubInfo stub) {
        TicketsClientException missing = catchThrowableOfType(TicketsClientException.class,
                () -> client.getTicket(15));

        assertThat(missing.getMessage()).contains("no interaction matched GET /api/v1/tickets/15");
        assertThat(stub.unmatchedRequests()).singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/api/v1/tickets/15"));
    }
}
