package org.zhenggai.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The pages' answer to something that does not exist: a Chinese 404 page, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class WebErrorHandler {

	private final MessageSource messages;

	WebErrorHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/** A page or step that is not this account's to see or take: the Chinese 403 page, on every page. */
	@ExceptionHandler(NotAllowedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed() {
		return "error/403";
	}

	/** A stored file that failed its integrity check: the error page, and nothing of the altered file. */
	@ExceptionHandler(UnreadableFileException.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String unreadable(UnreadableFileException ex, org.springframework.ui.Model model, HttpServletRequest request) {
		model.addAttribute("detail", messages.getMessage("problem.file-unreadable", new Object[] { ex.fileName(), ex.id() },
				RequestContextUtils.getLocale(request)));
		return "error/500";
	}

	/**
	 * A workflow step refused (out of order, or changed by someone meanwhile) sends the user back to
	 * the page they came from, with the reason shown at the top; nothing was changed.
	 */
	@ExceptionHandler({ StepRefusedException.class, StaleVersionException.class,
			OptimisticLockingFailureException.class, InvalidInputException.class, MultipartException.class })
	String refused(Exception ex, HttpServletRequest request) {
		var locale = RequestContextUtils.getLocale(request);
		String text;
		if (ex instanceof RefusalException refused) {
			text = messages.getMessage(refused.messageKey(), refused.args(), locale);
		}
		else if (ex instanceof InvalidInputException invalid) {
			text = invalid.problems().stream()
				.map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
				.reduce((a, b) -> a + "；" + b).orElse("");
		}
		else if (ex instanceof MaxUploadSizeExceededException) {
			text = messages.getMessage("validation.file-too-large", null, locale);
		}
		else if (ex instanceof MultipartException) {
			text = messages.getMessage("validation.not-multipart", null, locale);
		}
		else {
			text = messages.getMessage("problem.concurrent-change", null, locale);
		}
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("error", text);
		String back = request.getHeader("Referer");
		String target = back != null && back.startsWith(request.getScheme() + "://" + request.getServerName()) ? back : "/";
		return "redirect:" + target;
	}
}
