package org.grid.spring.boot.web;

import org.grid.spring.boot.BasePaths;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings of grid's REST API (接口配置), under the prefix {@code grid.web.}. docs/spring-boot.md lists them with
 * their defaults; docs/rest-api.md describes the API.
 */
@ConfigurationProperties(prefix = "grid.web")
public class GridWebProperties {

  /** Whether grid's REST API is published (in a servlet web application with Spring Security). */
  private boolean enabled = true;

  /**
   * The path every endpoint of grid's REST API lies under, for example "/grid/api" for
   * "/grid/api/requests"; it starts with a slash and does not end with one.
   */
  private String basePath = "/grid/api";

  /** The largest request body the API reads; a larger one is refused with 413 before it is parsed. */
  private DataSize maxBodySize = DataSize.ofKilobytes(64);

  /** Creates the settings with their defaults. */
  public GridWebProperties() {}

  /**
   * Checks every setting, as the auto-configuration does before it wires anything.
   *
   * @throws IllegalArgumentException naming the property that is out of range
   */
  public void check() {
    BasePaths.require("grid.web.base-path", basePath);
    if (maxBodySize == null || maxBodySize.toBytes() < 1024 || maxBodySize.toBytes() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "grid.web.max-body-size must be from 1KB to 2GB, was " + maxBodySize);
    }
  }

  /**
   * Returns whether the API is published.
   *
   * @return true unless turned off
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the API is published.
   *
   * @param enabled false to leave the API out
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns the path the endpoints lie under.
   *
   * @return the path, for example {@code /grid/api}
   */
  public String getBasePath() {
    return basePath;
  }

  /**
   * Sets the path the endpoints lie under.
   *
   * @param basePath the path, starting with a slash and not ending with one
   */
  public void setBasePath(String basePath) {
    this.basePath = basePath;
  }

  /**
   * Returns the largest request body the API reads.
   *
   * @return the size
   */
  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  /**
   * Sets the largest request body the API reads.
   *
   * @param maxBodySize the size, from 1KB to 2GB
   */
  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }
}
