package org.zhenggai.org;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own account (password, tokens), and the administrator's hand on other accounts. */
@RestController
@Tag(name = "Accounts", description = "修改密码、管理自己的 API 令牌；管理员重置密码、吊销令牌")
class AccountApi {

	private final AccountService accounts;
	private final TokenService tokens;

	AccountApi(AccountService accounts, TokenService tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@Performs(Action.OWN_ACCOUNT)
	@PasswordChangeFirst.Allowed
	@PostMapping("/api/v1/account/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the caller's password; every token of the account is revoked, so ask for a new one")
	void changePassword(@Valid @RequestBody PasswordChange change, Authentication caller) {
		accounts.changePassword(caller.getName(), change.currentPassword(), change.newPassword());
	}

	@Performs(Action.OWN_ACCOUNT)
	@GetMapping("/api/v1/account/tokens")
	@Operation(summary = "The caller's tokens still valid (never the tokens themselves); current marks the one used")
	List<TokenService.TokenView> tokens(Authentication caller) {
		return tokens.tokensOf(caller.getName(), heldToken(caller));
	}

	@Performs(Action.OWN_ACCOUNT)
	@DeleteMapping("/api/v1/account/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of the caller's tokens")
	void revokeToken(@PathVariable long tokenId, Authentication caller) {
		tokens.revokeOwn(caller.getName(), tokenId);
	}

	@Performs(Action.MANAGE_ACCOUNTS)
	@PostMapping("/api/v1/accounts/{username}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Give an account a new password, which its owner must change at the next login; its tokens are revoked")
	void resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset reset) {
		accounts.resetPassword(username, reset.newPassword());
	}

	@Performs(Action.MANAGE_ACCOUNTS)
	@DeleteMapping("/api/v1/accounts/{username}/tokens")
	@Operation(summary = "Revoke every token of an account")
	Revoked revokeTokens(@PathVariable String username) {
		return new Revoked(tokens.revokeAll(username));
	}

	static @Nullable String heldToken(Authentication caller) {
		return caller instanceof BearerTokenAuthentication bearer ? bearer.getToken().getTokenValue() : null;
	}

	record PasswordChange(@NotNull String currentPassword, @NotBlank @Size(max = 128) String newPassword) {

		@Override
		public String toString() {
			return "PasswordChange[***]";
		}
	}

	record PasswordReset(@NotBlank @Size(max = 128) String newPassword) {

		@Override
		public String toString() {
			return "PasswordReset[***]";
		}
	}

	record Revoked(int revoked) {
	}
}
