package org.zhenggai.org;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhenggai.shared.NotAllowedException;

/**
 * Refuses a request before its body is read when the authorization table does not allow the
 * action its handler {@link Performs performs} on the thing its path names ({@code /measures/{id}}).
 * The services check again; this makes every endpoint answer a refusal the same way, whatever its
 * input, and refuses handlers that declare no action at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final Access access;

	AccessInterceptor(Access access) {
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith("org.zhenggai")) {
			return true;
		}
		var performs = declared(method);
		if (performs == null) {
			throw new NotAllowedException("access.undeclared");
		}
		Action action = performs.value();
		if (action == Action.PUBLIC) {
			return true;
		}
		var target = target(request);
		if (target == null || action == Action.OWN_ACCOUNT) {
			access.require(action);
		}
		else {
			access.require(action, target.kind(), target.id());
		}
		return true;
	}

	static Performs declared(HandlerMethod method) {
		var performs = method.getMethodAnnotation(Performs.class);
		return performs != null ? performs : method.getBeanType().getAnnotation(Performs.class);
	}

	/** The thing named by the path's {id}: the segment before it says what kind it is. */
	private static Target target(HttpServletRequest request) {
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (pattern == null || variables == null || !variables.containsKey("id")) {
			return null;
		}
		String before = pattern.substring(0, pattern.indexOf("/{id}"));
		String segment = before.substring(before.lastIndexOf('/') + 1);
		var kind = TargetKind.ofSegment(segment);
		if (kind.isEmpty()) {
			return null;
		}
		try {
			return new Target(kind.get(), Long.parseLong(variables.get("id")));
		}
		catch (NumberFormatException ex) {
			// Left to the handler, which answers a malformed id as bad input.
			return null;
		}
	}

	private record Target(TargetKind kind, long id) {
	}
}
