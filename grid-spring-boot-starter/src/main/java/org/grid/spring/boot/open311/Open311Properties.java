package org.grid.spring.boot.open311;

import java.util.ArrayList;
import java.util.List;
import org.grid.spring.boot.BasePaths;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The properties of the Open311 GeoReport v2 façade (Open311 接口配置), under {@code grid.open311}
 * (docs/open311.md).
 */
@ConfigurationProperties(prefix = "grid.open311")
public class Open311Properties {

  /** Whether the Open311 façade is served (in a servlet web application with Spring MVC and Jackson's XML). */
  private boolean enabled = true;

  /** The path the façade's resources are under: services.xml, requests.json and so on. */
  private String basePath = "/open311/v2";

  /**
   * The clients that may post reports, each with its api_key; a report with another key is refused (403).
   */
  private List<Client> clients = new ArrayList<>();

  /**
   * The secret key of the reporters' pseudonymous ids (at least 16 characters); required when a client is
   * configured, unless the application has its own Open311Reporters bean.
   */
  private String pseudonymKey;

  /** The farthest, in metres, a reported lat/long may lie from the nearest unit point for the report to be filed. */
  private double maxDistance = 1000;

  /** Creates the properties with their defaults (Spring Boot binds them). */
  public Open311Properties() {}

  /**
   * Returns whether the façade is served.
   *
   * @return true by default
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the façade is served.
   *
   * @param enabled false to leave it out
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns the path the façade's resources are under.
   *
   * @return the path, {@code /open311/v2} by default
   */
  public String getBasePath() {
    return basePath;
  }

  /**
   * Sets the path the façade's resources are under.
   *
   * @param basePath the path, starting with {@code /}
   */
  public void setBasePath(String basePath) {
    this.basePath = basePath;
  }

  /**
   * Returns the clients that may post reports.
   *
   * @return the clients, modifiable (Spring Boot binds into it)
   */
  public List<Client> getClients() {
    return clients;
  }

  /**
   * Sets the clients that may post reports.
   *
   * @param clients the clients
   */
  public void setClients(List<Client> clients) {
    this.clients = clients;
  }

  /**
   * Returns the secret key of the reporters' pseudonymous ids.
   *
   * @return the key, or null when none is set
   */
  public String getPseudonymKey() {
    return pseudonymKey;
  }

  /**
   * Sets the secret key of the reporters' pseudonymous ids.
   *
   * @param pseudonymKey the key, at least 16 characters
   */
  public void setPseudonymKey(String pseudonymKey) {
    this.pseudonymKey = pseudonymKey;
  }

  /**
   * Returns the farthest a reported position may lie from the nearest unit point.
   *
   * @return the distance in metres, 1000 by default
   */
  public double getMaxDistance() {
    return maxDistance;
  }

  /**
   * Sets the farthest a reported position may lie from the nearest unit point.
   *
   * @param maxDistance the distance in metres, positive
   */
  public void setMaxDistance(double maxDistance) {
    this.maxDistance = maxDistance;
  }

  /**
   * Checks the properties.
   *
   * @throws IllegalStateException naming the property that is wrong (never repeating a key)
   */
  void check() {
    try {
      BasePaths.require("grid.open311.base-path", basePath);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    if (!(maxDistance > 0 && Double.isFinite(maxDistance))) {
      throw new IllegalStateException("grid.open311.max-distance must be a positive number of metres, was "
          + maxDistance);
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (int i = 0; i < clients.size(); i++) {
      Client client = clients.get(i);
      String at = "grid.open311.clients[" + i + "]";
      if (client.getName() == null || !client.getName().matches("[A-Za-z0-9._-]{1,64}")) {
        throw new IllegalStateException(at + ".name must be 1 to 64 letters, digits, '.', '_' or '-'");
      }
      if (client.getApiKey() == null || client.getApiKey().length() < Client.MIN_KEY_LENGTH
          || client.getApiKey().isBlank()) {
        throw new IllegalStateException(at + ".api-key must have at least " + Client.MIN_KEY_LENGTH
            + " characters");
      }
      if (!names.add(client.getName())) {
        throw new IllegalStateException(at + ".name repeats client " + client.getName());
      }
      if (!keys.add(client.getApiKey())) {
        throw new IllegalStateException(at + ".api-key is the key of another client");
      }
    }
  }

  /** A client of the façade (接入应用): an app or an intake channel acting on citizens' behalf. */
  public static class Client {

    /** The shortest api_key accepted, in characters. */
    static final int MIN_KEY_LENGTH = 16;

    /** The client's name: it scopes its reporters' pseudonyms and appears in no response. */
    private String name;

    /** The client's api_key (at least 16 characters), as it sends it with each report. */
    private String apiKey;

    /** Creates an empty client (Spring Boot binds it). */
    public Client() {}

    /**
     * Returns the client's name.
     *
     * @return the name
     */
    public String getName() {
      return name;
    }

    /**
     * Sets the client's name.
     *
     * @param name 1 to 64 letters, digits, '.', '_' or '-'
     */
    public void setName(String name) {
      this.name = name;
    }

    /**
     * Returns the client's api_key.
     *
     * @return the key
     */
    public String getApiKey() {
      return apiKey;
    }

    /**
     * Sets the client's api_key.
     *
     * @param apiKey the key, at least 16 characters
     */
    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    /**
     * Returns the client's name only, never its key.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "Client[" + name + "]";
    }
  }
}
