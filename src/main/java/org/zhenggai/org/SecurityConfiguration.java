package org.zhenggai.org;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two ways in: bearer tokens for the REST API (stateless, no CSRF since no cookie is involved) and
 * a form login with a session for people using the web pages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, TokenService tokens, ProblemResponses problems) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				.anyRequest().authenticated())
			.oauth2ResourceServer(server -> server
				.opaqueToken(token -> token.introspector(tokens))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> hardened(headers, API_POLICY));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, AccountService accounts) {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/css/**",
						"/js/**", "/images/**", "/favicon.ico", "/error", "/login", "/public", "/public/**")
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
				.failureHandler((request, response, ex) -> {
					// A locked account is told so, and until when; any other failure says nothing more.
					var until = ex instanceof LockedException ? accounts.lockedUntil(request.getParameter("username"))
						.map(t -> t.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalTime().withNano(0).toString())
						: java.util.Optional.<String>empty();
					response.sendRedirect(request.getContextPath() + "/login?"
							+ until.map(t -> "locked=" + t).orElse("error"));
				}))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> hardened(headers, PAGE_POLICY));
		return http.build();
	}

	/**
	 * Pages load scripts, styles and fonts only from the application itself (WebJars, /js, /css):
	 * no inline or foreign script runs. Inline styles stay allowed because htmx and ECharts set
	 * them; images may be data: URLs (Bootstrap's icons, Swagger UI). No page may be framed.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** JSON loads nothing at all. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/**
	 * The same headers on every answer, pages, API and errors alike. HSTS is sent on HTTPS only
	 * (Spring Security's default), for a year and for subdomains.
	 */
	private static void hardened(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
			String policy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(org.springframework.security.config.Customizer.withDefaults())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}
}
