package org.zhenggai.org;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhenggai.shared.ZhenggaiProperties;

/** How passwords are hashed and checked; needed with or without the web server (sub-commands). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	/**
	 * Every stored hash starts with its kind ({@code {bcrypt}}, {@code {sm3}}), so that hashes of
	 * either kind verify whichever kind new passwords get; a hash of the other kind is replaced by
	 * one of the chosen kind at the next successful login.
	 */
	@Bean
	PasswordEncoder passwordEncoder(ZhenggaiProperties properties) {
		return passwordEncoder(properties.security().passwordHash());
	}

	static PasswordEncoder passwordEncoder(String idForEncode) {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		encoders.put("sm3", new Sm3PasswordEncoder());
		if (!encoders.containsKey(idForEncode)) {
			throw new IllegalArgumentException("zhenggai.security.password-hash must be bcrypt or sm3, not " + idForEncode);
		}
		return new DelegatingPasswordEncoder(idForEncode, encoders);
	}

	@Bean
	AuthenticationManager authenticationManager(AccountService accounts, PasswordEncoder passwords,
			ObjectProvider<AuthenticationEventPublisher> events) {
		var provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		provider.setUserDetailsPasswordService(accounts);
		var manager = new ProviderManager(provider);
		// Failed and successful logins become events, which the lock-out and the audit trail listen to.
		manager.setAuthenticationEventPublisher(events.getIfAvailable(DefaultAuthenticationEventPublisher::new));
		return manager;
	}
}
