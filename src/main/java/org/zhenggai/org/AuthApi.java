package org.zhenggai.org;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "以用户名和密码换取 API 令牌")
class AuthApi {

	private final AuthenticationManager authentication;
	private final TokenService tokens;

	private static final String USERNAME = AuthApi.class.getName() + ".username";

	private final MessageSource messages;
	private final AccountService accounts;

	AuthApi(AuthenticationManager authentication, TokenService tokens, MessageSource messages, AccountService accounts) {
		this.accounts = accounts;
		this.authentication = authentication;
		this.tokens = tokens;
		this.messages = messages;
	}

	@Performs(Action.PUBLIC)
	@PostMapping("/token")
	@SecurityRequirements
	@Operation(summary = "Exchange a username and password for a bearer token")
	TokenResponse token(@Valid @RequestBody TokenRequest request, jakarta.servlet.http.HttpServletRequest http) {
		http.setAttribute(USERNAME, request.username());
		var user = authentication.authenticate(
				UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		var issued = tokens.issue(user.getName());
		return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
	}

	@Performs(Action.OWN_ACCOUNT)
	@PasswordChangeFirst.Allowed
	@DeleteMapping("/token")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Log out: revoke the token this request carries")
	void logout(org.springframework.security.core.Authentication caller) {
		String token = AccountApi.heldToken(caller);
		if (token != null) {
			tokens.revoke(token);
		}
	}

	@ExceptionHandler
	ProblemDetail locked(LockedException ex, jakarta.servlet.http.HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		String until = lockedUntilOf(request).orElse("");
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.LOCKED,
				messages.getMessage("login.locked", new Object[] { until }, locale));
		problem.setTitle(messages.getMessage("problem.title.423", null, locale));
		problem.setProperty("lockedUntil", until);
		return problem;
	}

	private java.util.Optional<String> lockedUntilOf(jakarta.servlet.http.HttpServletRequest request) {
		var username = (String) request.getAttribute(USERNAME);
		return username == null ? java.util.Optional.empty() : accounts.lockedUntil(username)
			.map(t -> t.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalTime().withNano(0).toString());
	}

	@ExceptionHandler
	ProblemDetail badCredentials(AuthenticationException ex) {
		var locale = LocaleContextHolder.getLocale();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				messages.getMessage("login.bad-credentials", null, locale));
		problem.setTitle(messages.getMessage("problem.title.401", null, locale));
		return problem;
	}

	/** Never shows the password, so that no debug log of a request can contain it. */
	record TokenRequest(@NotBlank String username, @NotBlank String password) {

		@Override
		public String toString() {
			return "TokenRequest[username=" + username + ", password=***]";
		}
	}

	/** Never shows the token, so that no debug log of a response can contain it. */
	record TokenResponse(String token, String tokenType, Instant expiresAt) {

		@Override
		public String toString() {
			return "TokenResponse[token=***, expiresAt=" + expiresAt + "]";
		}
	}
}
