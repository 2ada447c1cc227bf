package org.zhenggai.org;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed and checked; needed with or without the web server (sub-commands). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountService accounts, PasswordEncoder passwords,
			ObjectProvider<AuthenticationEventPublisher> events) {
		var provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		var manager = new ProviderManager(provider);
		// Failed and successful logins become events, which the lock-out and the audit trail listen to.
		manager.setAuthenticationEventPublisher(events.getIfAvailable(DefaultAuthenticationEventPublisher::new));
		return manager;
	}
}
