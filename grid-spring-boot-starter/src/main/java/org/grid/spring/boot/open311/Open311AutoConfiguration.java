package org.grid.spring.boot.open311;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.RoutingTable;
import org.grid.spring.boot.ConditionalOnGridSwitch;
import org.grid.spring.boot.GridAutoConfiguration;
import org.grid.spring.boot.GridProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Serves the Open311 GeoReport v2 façade (Open311 接口自动配置) over grid's request engine, in a servlet web
 * application with Spring MVC and Jackson 3's XML module on the class path, once {@link GridAutoConfiguration} has
 * wired the engine; {@code grid.open311.enabled=false} leaves it out. Its properties are {@link
 * Open311Properties}; the townships it places reports in are the application's {@link MappedTownship} beans, and
 * the counties it serves are theirs and {@code grid.county} (docs/open311.md).
 */
@AutoConfiguration(after = GridAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.web.servlet.DispatcherServlet",
    "tools.jackson.dataformat.xml.XmlMapper"})
@ConditionalOnBean(RequestService.class)
@ConditionalOnGridSwitch("grid.open311.enabled")
@EnableConfigurationProperties(Open311Properties.class)
public class Open311AutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(Open311AutoConfiguration.class);

  /** Creates the configuration (Spring Boot does). */
  public Open311AutoConfiguration() {}

  /**
   * The locator of reported positions, over the application's mapped townships.
   *
   * @param townships the application's {@link MappedTownship} beans
   * @param properties the façade's properties, checked here
   * @return the locator
   */
  @Bean
  @ConditionalOnMissingBean
  GeoLocator gridOpen311Locator(ObjectProvider<MappedTownship> townships, Open311Properties properties) {
    properties.check();
    return new GeoLocator(townships.orderedStream().toList(), properties.getMaxDistance());
  }

  /**
   * The default reporters: pseudonymous ids under {@code grid.open311.pseudonym-key}, when it is set.
   *
   * @param properties the façade's properties
   * @return the reporters
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "grid.open311", name = "pseudonym-key")
  PseudonymousReporters gridOpen311Reporters(Open311Properties properties) {
    return new PseudonymousReporters(properties.getPseudonymKey());
  }

  /**
   * The façade's resources.
   *
   * @param engine the request engine
   * @param requests the request repository
   * @param routing the routing table, whose categories are the services
   * @param locator the locator
   * @param reporters the reporters, if any (required when a client is configured)
   * @param properties the façade's properties
   * @param grid grid's properties: {@code grid.county} and {@code grid.zone}
   * @param clock the clock of the default window of {@code GET requests}
   * @return the controller
   */
  @Bean
  Open311Controller gridOpen311Controller(RequestService engine, RequestRepository requests, RoutingTable routing,
      GeoLocator locator, ObjectProvider<Open311Reporters> reporters, Open311Properties properties,
      GridProperties grid, Clock clock) {
    properties.check();
    Open311Reporters reporter = reporters.getIfAvailable();
    if (reporter == null && !properties.getClients().isEmpty()) {
      throw new IllegalStateException("grid.open311.clients are configured but grid.open311.pseudonym-key is "
          + "not (and there is no Open311Reporters bean): the façade cannot tell who reports (docs/open311.md)");
    }
    Set<CountyId> counties = new LinkedHashSet<>(locator.counties());
    if (grid.getCounty() != null) {
      counties.add(CountyId.of(grid.getCounty()));
    }
    if (counties.isEmpty()) {
      LOG.info("the Open311 façade serves no county yet: set grid.county or define MappedTownship beans");
    }
    return new Open311Controller(new Open311Facade(engine, requests, routing, locator, reporter,
        properties.getClients(), counties, clock, grid.getZone()));
  }
}
