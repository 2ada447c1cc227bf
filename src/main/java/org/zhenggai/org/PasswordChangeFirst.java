package org.zhenggai.org;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhenggai.shared.NotAllowedException;

/**
 * An account whose password was set by the administrator (or printed at the first start) does
 * nothing before its owner changes it: pages lead to the change-password page, the API refuses
 * with 403 and a problem detail saying so. Only the handlers marked {@link Allowed} (changing the
 * password, giving up the token), the public pages and logging out stay open.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PasswordChangeFirst implements HandlerInterceptor, WebMvcConfigurer {

	static final String PAGE = "/account/password";

	/** A handler an account may use while its password must still be changed. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@interface Allowed {
	}

	private final CurrentUser currentUser;

	PasswordChangeFirst(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// before the authorization table, so a role's refusal never hides that the password comes first
		registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith("org.zhenggai")
				|| method.hasMethodAnnotation(Allowed.class) || !currentUser.isLoggedIn()) {
			return true;
		}
		var performs = AccessInterceptor.declared(method);
		if (performs != null && performs.value() == Action.PUBLIC
				|| !currentUser.passwordChangeRequired()) {
			return true;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw new NotAllowedException("password.change-required-api");
		}
		String page = request.getContextPath() + PAGE;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", page);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		}
		else {
			response.sendRedirect(page);
		}
		return false;
	}
}
