package org.zhenggai.publication;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhenggai.shared.NotFoundException;

/**
 * Errors on the public pages answer in the public layout, in Chinese, with the status and nothing
 * more: no stack trace, no internal name or number.
 */
@ControllerAdvice(assignableTypes = { PublicPages.class, PublicFeed.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicErrors {

	private static final Logger log = LoggerFactory.getLogger(PublicErrors.class);

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		return error(404, response, model);
	}

	@ExceptionHandler(Exception.class)
	String other(Exception ex, HttpServletResponse response, Model model) {
		int status = ex instanceof ErrorResponse error ? error.getStatusCode().value() : 500;
		if (status >= 500) {
			log.error("Public page failed", ex);
		}
		return error(status, response, model);
	}

	private static String error(int status, HttpServletResponse response, Model model) {
		response.setStatus(status);
		model.addAttribute("status", status);
		return "publication/public/error";
	}
}
