package org.grid.adapters.rabbitmq;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How a {@link RabbitMqEventSink} reaches its broker and publishes (RabbitMQ 投递配置). Start from {@link
 * #defaults()} or {@link #fromUri(String)} and change what differs with the {@code with…} methods; every value is
 * checked when the settings are made, and a bad one is refused naming the field.
 *
 * @param host the broker's host name or address; not blank. Default {@code localhost}
 * @param port the broker's AMQP port, 1 to 65535. Default 5672
 * @param virtualHost the virtual host; not blank. Default {@code /}
 * @param username the user; not blank. Default {@code guest} (which RabbitMQ admits only from localhost)
 * @param password the password; not null, never shown by {@link #toString()}. Default {@code guest}
 * @param exchange the topic exchange the sink declares (durable) and publishes to: 1 to 255 of the characters
 *     {@code A-Z a-z 0-9 - _ . :}, not starting with {@code amq.} (reserved by RabbitMQ). Default {@code grid.events}
 * @param confirmTimeout how long a batch waits for the broker's confirms before the sink reports the broker
 *     unavailable; also the timeout of every other request to the broker; positive, at most 10 minutes. Default 10 s
 * @param connectionTimeout how long opening a TCP connection and the AMQP handshake may take; positive, at most 10
 *     minutes. Default 5 s
 * @param recoveryInterval how long the client waits between attempts to recover a lost connection; positive, at
 *     most 10 minutes. Default 5 s
 * @param maxMessageBytes the largest event body published, in bytes of UTF-8; a larger event is rejected without
 *     being sent (the broker would close the channel instead). Keep it at or below the broker's {@code
 *     max_message_size}; 1 to 536,870,912 (RabbitMQ's ceiling). Default 16 MiB, RabbitMQ 4's default limit
 * @param connectionName the name the connection shows in the broker's management tools; not blank. Default {@code
 *     grid-event-sink}
 */
public record RabbitMqSinkSettings(
    String host, int port, String virtualHost, String username, String password, String exchange,
    Duration confirmTimeout, Duration connectionTimeout, Duration recoveryInterval, int maxMessageBytes,
    String connectionName) {

  /** RabbitMQ's largest possible message (its {@code max_message_size} cannot be set higher): 512 MiB. */
  public static final int BROKER_MAX_MESSAGE_BYTES = 536_870_912;

  private static final Pattern EXCHANGE_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,255}");
  private static final Duration LONGEST = Duration.ofMinutes(10);

  /**
   * Checks the settings.
   *
   * @param host the broker's host name or address; not blank. Default {@code localhost}
   * @param port the broker's AMQP port, 1 to 65535. Default 5672
   * @param virtualHost the virtual host; not blank. Default {@code /}
   * @param username the user; not blank. Default {@code guest} (which RabbitMQ admits only from localhost)
   * @param password the password; not null, never shown by {@link #toString()}. Default {@code guest}
   * @param exchange the topic exchange the sink declares (durable) and publishes to: 1 to 255 of the characters
   *     {@code A-Z a-z 0-9 - _ . :}, not starting with {@code amq.} (reserved by RabbitMQ). Default {@code grid.events}
   * @param confirmTimeout how long a batch waits for the broker's confirms before the sink reports the broker
   *     unavailable; also the timeout of every other request to the broker; positive, at most 10 minutes. Default 10 s
   * @param connectionTimeout how long opening a TCP connection and the AMQP handshake may take; positive, at most 10
   *     minutes. Default 5 s
   * @param recoveryInterval how long the client waits between attempts to recover a lost connection; positive, at
   *     most 10 minutes. Default 5 s
   * @param maxMessageBytes the largest event body published, in bytes of UTF-8; a larger event is rejected without
   *     being sent (the broker would close the channel instead). Keep it at or below the broker's {@code
   *     max_message_size}; 1 to 536,870,912 (RabbitMQ's ceiling). Default 16 MiB, RabbitMQ 4's default limit
   * @param connectionName the name the connection shows in the broker's management tools; not blank. Default {@code
   *     grid-event-sink}
   * @throws NullPointerException if a text or duration is null, naming it
   * @throws IllegalArgumentException if a value is out of range or malformed, naming the field and the problem
   */
  public RabbitMqSinkSettings {
    requireText(host, "host");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
    }
    requireText(virtualHost, "virtualHost");
    requireText(username, "username");
    requireNonNull(password, "password");
    requireNonNull(exchange, "exchange");
    if (!EXCHANGE_NAME.matcher(exchange).matches()) {
      throw new IllegalArgumentException("exchange must be 1 to 255 of the characters A-Z a-z 0-9 - _ . :, was '"
          + exchange + "'");
    }
    if (exchange.startsWith("amq.")) {
      throw new IllegalArgumentException("exchange must not start with 'amq.' (reserved by RabbitMQ), was '"
          + exchange + "'");
    }
    requireDuration(confirmTimeout, "confirmTimeout");
    requireDuration(connectionTimeout, "connectionTimeout");
    requireDuration(recoveryInterval, "recoveryInterval");
    if (maxMessageBytes < 1 || maxMessageBytes > BROKER_MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException("maxMessageBytes must be between 1 and " + BROKER_MAX_MESSAGE_BYTES
          + ", was " + maxMessageBytes);
    }
    requireText(connectionName, "connectionName");
  }

  /**
   * Returns the defaults: {@code guest}/{@code guest} on {@code localhost:5672}, virtual host {@code /}, exchange
   * {@code grid.events}, confirms awaited 10 s, connecting 5 s, recovery every 5 s, messages up to 16 MiB.
   *
   * @return the default settings
   */
  public static RabbitMqSinkSettings defaults() {
    return new RabbitMqSinkSettings("localhost", 5672, "/", "guest", "guest", "grid.events",
        Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(5), 16 * 1024 * 1024,
        "grid-event-sink");
  }

  /**
   * Returns the defaults with host, port, user, password and virtual host taken from an AMQP URI such as {@code
   * amqp://user:secret@broker.example:5672/%2F} (the path, URL-decoded, is the virtual host; no path means {@code /};
   * a missing port means 5672; missing credentials keep {@code guest}). TLS ({@code amqps}) is not supported by this
   * sink.
   *
   * @param uri the URI, not null
   * @return the settings
   * @throws IllegalArgumentException if the URI is malformed or not {@code amqp://}, without repeating its password
   */
  public static RabbitMqSinkSettings fromUri(String uri) {
    requireNonNull(uri, "uri");
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("uri is not a valid URI (at index " + e.getIndex() + ")", null);
    }
    if (!"amqp".equalsIgnoreCase(parsed.getScheme()) || parsed.getHost() == null) {
      throw new IllegalArgumentException("uri must be amqp://[user[:password]@]host[:port][/virtual-host]");
    }
    RabbitMqSinkSettings settings = defaults().withHost(parsed.getHost())
        .withPort(parsed.getPort() == -1 ? 5672 : parsed.getPort());
    String userInfo = parsed.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
      settings = settings.withCredentials(user, password);
    }
    String path = parsed.getRawPath();
    if (path != null && path.length() > 1) {
      settings = settings.withVirtualHost(decode(path.substring(1)));
    }
    return settings;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * Returns these settings with another host.
   *
   * @param host the broker's host name or address; not blank
   * @return the new settings
   */
  public RabbitMqSinkSettings withHost(String host) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with another port.
   *
   * @param port the AMQP port, 1 to 65535
   * @return the new settings
   */
  public RabbitMqSinkSettings withPort(int port) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with another virtual host.
   *
   * @param virtualHost the virtual host; not blank
   * @return the new settings
   */
  public RabbitMqSinkSettings withVirtualHost(String virtualHost) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with other credentials.
   *
   * @param username the user; not blank
   * @param password the password; not null
   * @return the new settings
   */
  public RabbitMqSinkSettings withCredentials(String username, String password) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with another exchange.
   *
   * @param exchange the topic exchange's name (see the record's description)
   * @return the new settings
   */
  public RabbitMqSinkSettings withExchange(String exchange) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with another confirm timeout.
   *
   * @param confirmTimeout positive, at most 10 minutes
   * @return the new settings
   */
  public RabbitMqSinkSettings withConfirmTimeout(Duration confirmTimeout) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with another connection timeout.
   *
   * @param connectionTimeout positive, at most 10 minutes
   * @return the new settings
   */
  public RabbitMqSinkSettings withConnectionTimeout(Duration connectionTimeout) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with another recovery interval.
   *
   * @param recoveryInterval positive, at most 10 minutes
   * @return the new settings
   */
  public RabbitMqSinkSettings withRecoveryInterval(Duration recoveryInterval) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with another largest message.
   *
   * @param maxMessageBytes 1 to {@link #BROKER_MAX_MESSAGE_BYTES}
   * @return the new settings
   */
  public RabbitMqSinkSettings withMaxMessageBytes(int maxMessageBytes) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /**
   * Returns these settings with another connection name.
   *
   * @param connectionName not blank
   * @return the new settings
   */
  public RabbitMqSinkSettings withConnectionName(String connectionName) {
    return new RabbitMqSinkSettings(host, port, virtualHost, username, password, exchange, confirmTimeout,
        connectionTimeout, recoveryInterval, maxMessageBytes, connectionName);
  }

  /** Returns every setting but the password, which shows as {@code ***}. */
  @Override
  public String toString() {
    return "RabbitMqSinkSettings[host=" + host + ", port=" + port + ", virtualHost=" + virtualHost + ", username="
        + username + ", password=***, exchange=" + exchange + ", confirmTimeout=" + confirmTimeout
        + ", connectionTimeout=" + connectionTimeout + ", recoveryInterval=" + recoveryInterval
        + ", maxMessageBytes=" + maxMessageBytes + ", connectionName=" + connectionName + "]";
  }

  private static void requireText(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void requireDuration(Duration value, String name) {
    requireNonNull(value, name);
    if (value.isNegative() || value.isZero() || value.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(name + " must be positive and at most 10 minutes, was " + value);
    }
  }
}
