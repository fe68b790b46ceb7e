package com.skylightchat.tickets.stub;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StubConfigTest {

    @Test
    void defaultsToLoopbackPort8080AdminOnCorsOffAndTheEmbeddedPacts() {
        StubConfig config = StubConfig.builder().build();

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.isLoopback()).isTrue();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.admin().enabled()).isTrue();
        assertThat(config.admin().token()).isNull();
        assertThat(config.http().cors()).isFalse();
        assertThat(config.pacts()).isEmpty();
        assertThat(config.mode()).isEqualTo(Mode.REPLAY);
        assertThat(config.replay().providerStateHeader()).isEqualTo("X-Pact-Provider-State");
        assertThat(config.replay().noMatchStatus()).isEqualTo(404);
    }

    @Test
    void isImmutable() {
        List<Path> pacts = new ArrayList<>(List.of(Path.of("a.json")));
        StubConfig config = StubConfig.builder().pacts(pacts).build();

        pacts.add(Path.of("b.json"));

        assertThat(config.pacts()).containsExactly(Path.of("a.json"));
        assertThatThrownBy(() -> config.pacts().add(Path.of("c.json")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsImpossibleValuesWithTheOptionName() {
        assertThatThrownBy(() -> StubConfig.builder().port(70000).build()).hasMessageContaining("port");
        assertThatThrownBy(() -> StubConfig.builder().journalSize(0).build()).hasMessageContaining("journalSize");
        assertThatThrownBy(() -> StubConfig.builder().noMatchStatus(200).build()).hasMessageContaining("noMatchStatus");
        assertThatThrownBy(() -> StubConfig.builder().adminToken(" ").build()).hasMessageContaining("adminToken");
    }

    @Test
    void simulatesWithThePactsKeyAndThreeDepartmentsUnlessToldOtherwise() {
        StubConfig config = StubConfig.builder().mode(Mode.SIMULATE).apiKey("mine").maxReplies(7).build();

        assertThat(StubConfig.builder().build().simulator().apiKeys()).containsExactly("test-api-key");
        assertThat(config.simulator().apiKeys()).containsExactly("mine");
        assertThat(config.simulator().departments()).extracting(d -> d.title())
                .containsExactly("Billing", "Technical Support", "Sales");
        assertThat(config.simulator().maxReplies()).isEqualTo(7);
        assertThat(config.toBuilder().build()).isEqualTo(config);
    }

    @Test
    void refusesPactsInSimulateMode() {
        assertThatThrownBy(() -> StubConfig.builder().mode(Mode.SIMULATE).pact(Path.of("a.json")).build())
                .hasMessageContaining("simulate mode serves no pacts");
    }

    @Test
    void knowsAWildcardBindIsNotLoopback() {
        assertThat(StubConfig.builder().host("0.0.0.0").build().isLoopback()).isFalse();
        assertThat(StubConfig.builder().host("localhost").build().isLoopback()).isTrue();
    }

    @Test
    void copiesItselfIntoABuilder() {
        StubConfig config = StubConfig.builder().port(0).cors(true).providerState("s").build();

        assertThat(config.toBuilder().build()).isEqualTo(config);
    }
}
