package com.skylightchat.tickets.stub.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiRouteTest {

    @ParameterizedTest
    @CsvSource({
        "GET,  /api/v1/tickets,              LIST_TICKETS,     0",
        "POST, /api/v1/tickets,              CREATE_TICKET,    0",
        "GET,  /api/v1/tickets/departments,  LIST_DEPARTMENTS, 0",
        "GET,  /api/v1/tickets/14,           GET_TICKET,       14",
        "POST, /api/v1/tickets/14/reply,     REPLY_TO_TICKET,  14",
        "POST, /api/v1/tickets/9007/close,   CLOSE_TICKET,     9007"})
    void findsEachOperationOfTheSpecWithItsTicketId(String method, String path, ApiRoute.Operation operation,
                                                    long id) {
        assertThat(ApiRoute.of(method, path)).isEqualTo(new ApiRoute(operation, id));
    }

    @ParameterizedTest
    @CsvSource({
        "GET,    /api/v1/tickets/0,                  404",
        "GET,    /api/v1/tickets/-1,                 404",
        "GET,    /api/v1/tickets/ABX9Y2KL,           404",
        "GET,    /api/v1/tickets/99999999999999999999, 404",
        "GET,    /api/v1/tickets/14/,                404",
        "GET,    /api/v1/tickets/14/replies,         404",
        "GET,    /api/v2/tickets,                    404",
        "GET,    /api/v1/ticketsx,                   404",
        "DELETE, /api/v1/tickets,                    405",
        "GET,    /api/v1/tickets/14/close,           405",
        "POST,   /api/v1/tickets/departments,        405"})
    void refusesWhatTheSpecDoesNotHave(String method, String path, int status) {
        assertThatThrownBy(() -> ApiRoute.of(method, path)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.status()).isEqualTo(status));
    }
}
