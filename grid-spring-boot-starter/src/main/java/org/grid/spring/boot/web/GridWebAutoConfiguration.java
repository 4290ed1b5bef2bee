package org.grid.spring.boot.web;

import java.time.Clock;
import java.util.List;
import org.grid.assessment.application.AssessRequestsService;
import org.grid.assessment.application.ScoreGridsService;
import org.grid.assessment.application.ScoreKnowledgeChecksService;
import org.grid.assessment.application.ScorePartyMembersService;
import org.grid.core.application.ComputeComplianceService;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.application.PairHouseholdsService;
import org.grid.core.application.PartitionService;
import org.grid.core.application.ProposeTeamsService;
import org.grid.core.port.out.TeamRepository;
import org.grid.core.port.out.TownshipRepository;
import org.grid.escalation.application.RequestAuthorization;
import org.grid.spring.boot.SpringUnitOfWork;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.spring.boot.ConditionalOnGridSwitch;
import org.grid.spring.boot.GridAutoConfiguration;
import org.grid.spring.boot.GridProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration of grid's REST API (接口): in a servlet web application with Spring MVC and Spring Security on
 * the class path, once {@link GridAutoConfiguration} has wired the engine, and unless {@code grid.web.enabled} is
 * false. It publishes the controllers under {@code grid.web.base-path}, their problem handler, grid's JSON
 * converter for the API's bodies, the body size limit, and the {@code gridPersonResolver} an application may
 * replace. docs/rest-api.md describes the API, docs/spring-boot.md the beans and properties.
 */
@AutoConfiguration(after = GridAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, Authentication.class})
@ConditionalOnBean(RequestService.class)
@ConditionalOnGridSwitch("grid.web.enabled")
@EnableConfigurationProperties(GridWebProperties.class)
public class GridWebAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public GridWebAutoConfiguration() {}

  /**
   * The person of an authenticated caller: the authentication's name, read as a person id. Define a bean of type
   * {@link GridPersonResolver} to replace it.
   *
   * @return the resolver
   */
  @Bean
  @ConditionalOnMissingBean
  public GridPersonResolver gridPersonResolver() {
    return GridPersonResolver.authenticationName();
  }

  @Bean
  GridCallers gridCallers(GridPersonResolver persons, StaffDirectory staff, Clock clock, GridWebProperties web) {
    web.check();
    return new GridCallers(persons, staff, clock);
  }

  @Bean
  GridRequestController gridRequestController(RequestService requests, GridCallers callers, Clock clock) {
    return new GridRequestController(requests, requests, callers, clock);
  }

  @Bean
  GridPlanController gridPlanController(PartitionService partition, GridCallers callers) {
    return new GridPlanController(partition, partition, callers);
  }

  @Bean
  GridTownshipController gridTownshipController(ProposeTeamsService teams, PairHouseholdsService pairing,
      ComputeComplianceService compliance, TownshipRepository townships, TeamRepository storedTeams,
      PlaceDirectory places, SpringUnitOfWork unitOfWork, RequestAuthorization authorization, GridCallers callers,
      Clock clock) {
    return new GridTownshipController(teams, pairing, compliance, townships, storedTeams, places, unitOfWork,
        authorization, callers, clock);
  }

  @Bean
  GridScoreController gridScoreController(ScoreGridsService grids, ScoreKnowledgeChecksService knowledge,
      GridCallers callers) {
    return new GridScoreController(grids, knowledge, callers);
  }

  @Bean
  GridProblemHandler gridProblemHandler() {
    return new GridProblemHandler();
  }

  @Bean
  GridJsonOnly gridJsonOnly() {
    return new GridJsonOnly();
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> gridBodyLimitFilter(GridWebProperties web) {
    web.check();
    FilterRegistrationBean<BodyLimitFilter> registration =
        new FilterRegistrationBean<>(new BodyLimitFilter(web.getMaxBodySize().toBytes()));
    registration.setUrlPatterns(List.of(web.getBasePath() + "/*"));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setName("gridBodyLimitFilter");
    return registration;
  }

  @Bean
  FilterRegistrationBean<WholeResponseFilter> gridWholeResponseFilter(GridWebProperties web) {
    FilterRegistrationBean<WholeResponseFilter> registration = new FilterRegistrationBean<>(new WholeResponseFilter());
    registration.setUrlPatterns(List.of(web.getBasePath() + "/*"));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    registration.setName("gridWholeResponseFilter");
    return registration;
  }

  /** The county assessments of the county the starter assesses ({@code grid.county}). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean({AssessRequestsService.class, ScorePartyMembersService.class})
  static class Assessment {
    @Bean
    GridAssessmentController gridAssessmentController(AssessRequestsService twoWay,
        ScorePartyMembersService partyMembers, GridProperties properties, SpringUnitOfWork unitOfWork,
        RequestAuthorization authorization, GridCallers callers, Clock clock) {
      return new GridAssessmentController(twoWay, partyMembers, CountyId.of(properties.getCounty()), unitOfWork,
          authorization, callers, clock);
    }
  }

  /** springdoc's group of grid's API, when springdoc is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springdoc.core.models.GroupedOpenApi")
  static class OpenApiGroup {
    @Bean
    @ConditionalOnMissingBean(name = "gridOpenApi")
    GroupedOpenApi gridOpenApi(GridWebProperties web) {
      return GridOpenApi.group(web.getBasePath());
    }
  }

  @Bean
  WebMvcConfigurer gridJsonConverterConfigurer() {
    return new WebMvcConfigurer() {
      @Override
      public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new GridJsonConverter());
      }
    };
  }
}
