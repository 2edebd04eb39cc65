package org.riskcycle.access;

import static org.springframework.security.config.Customizer.withDefaults;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Authentication on every endpoint. The domain API and the operational endpoints use Spring Security with HTTP
 * Basic against the engine's users; the engine REST API uses Camunda's own filter against the same users (it would
 * otherwise be open to anyone); the webapps keep their own session login and CSRF protection.
 */
@Configuration
class HttpSecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            // the risk register is read by those who take part in or oversee risk decisions, not by partners
            .requestMatchers(HttpMethod.POST, "/api/v1/assessments/*/risks/*/information")
            .hasAnyAuthority(Role.riskInformationReporters())
            .requestMatchers("/api/v1/assessments/**", "/api/v1/risks/**", "/api/v1/decisions/**",
                "/api/v1/goals/*/health")
            .hasAnyAuthority(Role.riskRegisterReaders())
            // intelligence: partners read only released products (the endpoint narrows them to their own) and give
            // feedback on them; requirements are read by those who work or oversee the cycles
            .requestMatchers(HttpMethod.POST, "/api/v1/products/*/feedback").hasAnyAuthority(Role.partnerGroupIds())
            .requestMatchers("/api/v1/products/**").hasAnyAuthority(Role.productReaders())
            .requestMatchers(HttpMethod.POST, "/api/v1/requirements").hasAnyAuthority(Role.requirementRaisers())
            .requestMatchers("/api/v1/requirements/**").hasAnyAuthority(Role.intelligenceReaders())
            .requestMatchers("/api/v1/webhooks/**").hasAnyAuthority(Role.webhookSubscribers())
            .anyRequest().hasAnyAuthority(Role.groupIds()))
        .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * The managers' dashboard: a browser page with a session, signed in with a form (CSRF-protected) or HTTP Basic.
   * Its data answer 401 and 403 as problems; the page sends a stranger to the sign-in form.
   */
  @Bean
  @Order(2)
  SecurityFilterChain dashboardSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
    RequestMatcher data = PathPatternRequestMatcher.withDefaults().matcher("/dashboard/data/**");
    return http.securityMatcher("/dashboard", "/dashboard/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/dashboard/login", "/dashboard/dashboard.css").permitAll()
            .anyRequest().hasAnyAuthority(Role.dashboardViewers()))
        .formLogin(form -> form.loginPage("/dashboard/login").defaultSuccessUrl("/dashboard", true)
            .failureUrl("/dashboard/login?error"))
        .logout(logout -> logout.logoutUrl("/dashboard/logout").logoutSuccessUrl("/dashboard/login?signedOut"))
        .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(problems, data)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/dashboard/login"),
                AnyRequestMatcher.INSTANCE)
            .defaultAccessDeniedHandlerFor(problems, data)
            // a form whose CSRF token is missing or stale (the session ended) is signed in to again
            .defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendRedirect(
                request.getContextPath() + "/dashboard/login?"
                    + (denied instanceof CsrfException ? "expired" : "denied")), AnyRequestMatcher.INSTANCE))
        .headers(withDefaults())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            // the webapps and the engine REST API authenticate with Camunda's own filters
            .requestMatchers("/", "/error", "/camunda/**", "/engine-rest/**").permitAll()
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAuthority(Role.CAMUNDA_ADMIN.groupId())
            .anyRequest().hasAnyAuthority(Role.groupIds()))
        .httpBasic(basic -> basic.realmName(ProblemResponses.REALM))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**", "/engine-rest/**"))
        .headers(withDefaults())
        .build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns(ENGINE_REST);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
