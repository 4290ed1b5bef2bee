package org.grid.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RabbitMqSinkSettingsTest {

  private final RabbitMqSinkSettings defaults = RabbitMqSinkSettings.defaults();

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertThat(defaults.host()).isEqualTo("localhost");
    assertThat(defaults.port()).isEqualTo(5672);
    assertThat(defaults.virtualHost()).isEqualTo("/");
    assertThat(defaults.exchange()).isEqualTo("grid.events");
    assertThat(defaults.confirmTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.recoveryInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.maxMessageBytes()).isEqualTo(16 * 1024 * 1024);
  }

  @Test
  void anAmqpUriGivesHostPortCredentialsAndVirtualHost() {
    RabbitMqSinkSettings settings = RabbitMqSinkSettings.fromUri("amqp://grid:s%40cret@broker.example:5673/county%2Fc1");

    assertThat(settings.host()).isEqualTo("broker.example");
    assertThat(settings.port()).isEqualTo(5673);
    assertThat(settings.username()).isEqualTo("grid");
    assertThat(settings.password()).isEqualTo("s@cret");
    assertThat(settings.virtualHost()).isEqualTo("county/c1");
    assertThat(settings.exchange()).isEqualTo("grid.events");
  }

  @Test
  void anAmqpUriWithoutPortPathOrUserKeepsTheDefaults() {
    RabbitMqSinkSettings settings = RabbitMqSinkSettings.fromUri("amqp://127.0.0.1");

    assertThat(settings).isEqualTo(defaults.withHost("127.0.0.1"));
  }

  @Test
  void aBadUriIsRefusedWithoutRepeatingItsPassword() {
    assertThatThrownBy(() -> RabbitMqSinkSettings.fromUri("http://u:topsecret@host/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amqp://")
        .hasMessageNotContaining("topsecret");
    assertThatThrownBy(() -> RabbitMqSinkSettings.fromUri("amqp://u:top secret@host/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uri")
        .hasMessageNotContaining("top secret");
  }

  @Test
  void eachBadValueIsRefusedNamingItsField() {
    assertThatThrownBy(() -> defaults.withHost(" ")).hasMessageContaining("host");
    assertThatThrownBy(() -> defaults.withPort(0)).hasMessageContaining("port");
    assertThatThrownBy(() -> defaults.withPort(65_536)).hasMessageContaining("port");
    assertThatThrownBy(() -> defaults.withVirtualHost("")).hasMessageContaining("virtualHost");
    assertThatThrownBy(() -> defaults.withCredentials("", "x")).hasMessageContaining("username");
    assertThatThrownBy(() -> defaults.withCredentials("u", null)).hasMessageContaining("password");
    assertThatThrownBy(() -> defaults.withExchange("grid events")).hasMessageContaining("exchange");
    assertThatThrownBy(() -> defaults.withExchange("x".repeat(256))).hasMessageContaining("exchange");
    assertThatThrownBy(() -> defaults.withExchange("amq.topic")).hasMessageContaining("exchange")
        .hasMessageContaining("reserved");
    assertThatThrownBy(() -> defaults.withConfirmTimeout(Duration.ZERO)).hasMessageContaining("confirmTimeout");
    assertThatThrownBy(() -> defaults.withConnectionTimeout(Duration.ofSeconds(-1)))
        .hasMessageContaining("connectionTimeout");
    assertThatThrownBy(() -> defaults.withRecoveryInterval(Duration.ofMinutes(11)))
        .hasMessageContaining("recoveryInterval");
    assertThatThrownBy(() -> defaults.withRecoveryInterval(null)).hasMessageContaining("recoveryInterval");
    assertThatThrownBy(() -> defaults.withMaxMessageBytes(0)).hasMessageContaining("maxMessageBytes");
    assertThatThrownBy(() -> defaults.withMaxMessageBytes(RabbitMqSinkSettings.BROKER_MAX_MESSAGE_BYTES + 1))
        .hasMessageContaining("maxMessageBytes");
    assertThatThrownBy(() -> defaults.withConnectionName(" ")).hasMessageContaining("connectionName");
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    assertThat(defaults.withPort(1).withPort(65_535).port()).isEqualTo(65_535);
    assertThat(defaults.withMaxMessageBytes(RabbitMqSinkSettings.BROKER_MAX_MESSAGE_BYTES).maxMessageBytes())
        .isEqualTo(RabbitMqSinkSettings.BROKER_MAX_MESSAGE_BYTES);
    assertThat(defaults.withConfirmTimeout(Duration.ofMinutes(10)).confirmTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(defaults.withExchange("county-C1_events:v1.x").exchange()).isEqualTo("county-C1_events:v1.x");
  }

  @Test
  void toStringHidesThePassword() {
    assertThat(defaults.withCredentials("grid", "topsecret").toString())
        .contains("username=grid", "password=***").doesNotContain("topsecret");
  }
}
