package org.grid.examples.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The example application's authentication (身份认证): Spring Security with the demo users ({@link DemoUsers}),
 * signed in by a form (the browser) or HTTP Basic (scripts), their password {@value DemoUsers#PASSWORD} for the
 * demo only. Authentication is the application's; authorization is grid's: a signed-in user may call any endpoint,
 * and grid's engine decides, from the staff directory, what the person behind the user may do with a request. The
 * public pages ({@code /public/...}: a request's public record and the township map) need no sign-in, nor does the
 * Open311 façade ({@code /open311/v2/...}), whose clients post with their API key.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurity {

  /** The authority of every demo user that is staff. */
  public static final String STAFF = "ROLE_STAFF";

  /** The authority of the demo citizen. */
  public static final String CITIZEN = "ROLE_CITIZEN";

  /**
   * The Content-Security-Policy of the console's and the public pages: scripts, styles, images, fonts and calls from
   * the application alone (images also as {@code data:} URLs), no plug-ins, no framing, no {@code <base>}, forms
   * posted to the application only. No inline script or style runs, so text a citizen wrote that reached a page as
   * markup by some mistake could still not run there. The Open311 façade, the REST API's documents and Spring
   * Security's sign-in page are left as their libraries serve them.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
      + "frame-ancestors 'none'; form-action 'self'";

  /** Creates the configuration (Spring calls it). */
  public ConsoleSecurity() {}

  /**
   * The filter chain: public pages open, everything else signed in; the browser's form login lands on the console.
   * CSRF protection stays on for the browser's session: the console sends the token from the {@code XSRF-TOKEN}
   * cookie in the {@code X-XSRF-TOKEN} header, as Spring Security's single-page-application setting expects; a
   * script that signs every call with HTTP Basic needs no token, nor does an Open311 client (no session, its own
   * key).
   *
   * @param http the builder
   * @return the chain
   * @throws Exception as Spring Security's builder does
   */
  @Bean
  SecurityFilterChain consoleFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/public/**", "/error", "/favicon.ico").permitAll()
            // Open311 clients are not users: the façade checks a posting client's api_key itself.
            .requestMatchers("/open311/**").permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.defaultSuccessUrl("/console/", true))
        .httpBasic(Customizer.withDefaults())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        // A script sends its credentials itself (HTTP Basic) on every call; a browser's session is what CSRF abuses.
        // Only a Basic header goes without the token: HTTP Basic then signs the call, or refuses it (401), so the
        // session is never what authenticates it; any other Authorization header leaves the session to do that.
        .csrf(csrf -> csrf.spa().ignoringRequestMatchers(ConsoleSecurity::signsWithBasic)
            .ignoringRequestMatchers("/open311/**"))
        // The pages that show what citizens wrote run only the application's own scripts and styles.
        .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
            new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/console/**"),
                PathPatternRequestMatcher.pathPattern("/public/**")),
            new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
    return http.build();
  }

  /** Whether a call carries an HTTP Basic Authorization header, which Spring Security's Basic filter reads. */
  private static boolean signsWithBasic(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /**
   * Spring Security's default firewall with its header checks in code instead of a regular expression per header
   * read ({@link HeaderCharacters}): the same requests are refused.
   *
   * @return the customizer
   */
  @Bean
  WebSecurityCustomizer consoleFirewall() {
    return web -> web.httpFirewall(HeaderCharacters.firewall());
  }

  /**
   * The demo users, each with the password {@value DemoUsers#PASSWORD} (stored hashed).
   *
   * @param users the demo users
   * @return the user store
   */
  @Bean
  UserDetailsService consoleUsers(DemoUsers users) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    String password = encoder.encode(DemoUsers.PASSWORD);
    List<UserDetails> details = new ArrayList<>();
    for (String name : DemoUsers.NAMES) {
      DemoUsers.Person person = users.person(name).orElseThrow();
      details.add(User.withUsername(name).password(password)
          .authorities(person.citizen() ? CITIZEN : STAFF).build());
    }
    return new InMemoryUserDetailsManager(details);
  }
}
