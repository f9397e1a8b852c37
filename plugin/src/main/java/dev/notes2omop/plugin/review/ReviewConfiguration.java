package dev.notes2omop.plugin.review;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The review page's beans and its security: form login against {@code review_user}, sessions, CSRF
 * tokens on every form (and htmx request), stewards only for decisions. Requests under {@code
 * /fhir} and {@code /actuator} are not this chain's: they keep the bearer token of {@code serve}.
 * Needs a {@link ReviewSite} bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(ReviewController.class)
public class ReviewConfiguration {

  /** The security chain's order: after serve's FHIR chain. */
  public static final int ORDER = 10;

  @Bean
  TermQueries termQueries(ReviewSite site) {
    return new TermQueries(site.dataSource(), site.schemas());
  }

  @Bean
  ConceptSearch conceptSearch(ReviewSite site, TermQueries queries) {
    return new ConceptSearch(site.index(), queries);
  }

  @Bean
  CorrectionRecords correctionRecords(ReviewSite site) {
    return new CorrectionRecords(site.dataSource(), site.schemas());
  }

  @Bean
  ReviewDecisions reviewDecisions(ReviewSite site, CorrectionRecords records) {
    return new ReviewDecisions(site, records);
  }

  @Bean
  ReviewUsers reviewUsers(ReviewSite site) {
    return new ReviewUsers(site.dataSource(), site.schemas());
  }

  @Bean
  PasswordEncoder reviewPasswordEncoder(ReviewUsers users) {
    return users.encoder();
  }

  @Bean(destroyMethod = "close")
  SummaryRefresher summaryRefresher(ReviewSite site) {
    return new SummaryRefresher(site);
  }

  @Bean
  @Order(ORDER)
  SecurityFilterChain reviewChain(HttpSecurity http, ReviewUsers users) throws Exception {
    http.securityMatcher(ReviewConfiguration::isReviewRequest)
        .userDetailsService(users)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/review/login", "/webjars/**", "/review-static/**", "/error")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.POST, "/review/decide", "/review/bulk", "/review/correct")
                    .hasRole("STEWARD")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/review/login")
                    .loginProcessingUrl("/review/login")
                    .defaultSuccessUrl("/review", false)
                    .failureUrl("/review/login?error")
                    .permitAll())
        .logout(l -> l.logoutUrl("/review/logout").logoutSuccessUrl("/review/login?logout"))
        .exceptionHandling(e -> e.accessDeniedPage("/review/denied"))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c ->
                        c.policyDirectives(
                            "default-src 'self'; script-src 'self'; style-src 'self';"
                                + " img-src 'self' data:; frame-ancestors 'none'")));
    return http.build();
  }

  /** Everything but serve's FHIR endpoints and actuator. */
  static boolean isReviewRequest(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/fhir") || path.startsWith("/fhir/") || path.startsWith("/actuator"));
  }
}
