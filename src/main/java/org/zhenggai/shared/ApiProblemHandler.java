package org.zhenggai.shared;

import java.util.ArrayList;
import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of the REST API into an RFC 9457 problem detail. Bad input names each bad
 * field under {@code errors}, so a client can show the message beside the field it belongs to.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		var problem = problem(HttpStatus.NOT_FOUND, "problem.not-found", entityName(ex.entity()), ex.id());
		problem.setProperty("entity", ex.entity());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail stale(StaleVersionException ex) {
		var problem = problem(HttpStatus.CONFLICT, "problem.stale-version", entityName(ex.entity()), ex.id());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail refused(StepRefusedException ex) {
		return problem(HttpStatus.CONFLICT, ex.messageKey(), ex.args());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(NotAllowedException ex) {
		return problem(HttpStatus.FORBIDDEN, ex.messageKey(), ex.args());
	}

	@ExceptionHandler
	ProblemDetail unreadable(UnreadableFileException ex) {
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.file-unreadable", ex.fileName(), ex.id());
	}

	@ExceptionHandler
	ProblemDetail optimisticLock(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "problem.concurrent-change");
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidInputException ex) {
		return invalidFields(ex.problems().stream()
			.map(p -> new FieldError(p.field(), text(p.messageKey(), p.args())))
			.toList());
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalidFields(List.of(new FieldError(ex.getName(), text("validation.type-mismatch", String.valueOf(ex.getValue())))));
	}

	/** A file upload sent as JSON or a plain form: say which encoding the endpoint takes. */
	@ExceptionHandler
	ProblemDetail notMultipart(MultipartException ex) {
		return invalidFields(List.of(new FieldError("body", text("validation.not-multipart"))));
	}

	/**
	 * A body the server cannot parse into parameters or parts (a multipart body without its
	 * boundary, say) is the client's mistake, not a failure of the server.
	 */
	@ExceptionHandler
	ProblemDetail unreadableParameters(InvalidParameterException ex) {
		boolean upload = ex.getCause() instanceof org.apache.tomcat.util.http.fileupload.FileUploadException;
		return invalidFields(List.of(new FieldError("body",
				text(upload ? "validation.not-multipart" : "validation.unreadable-request"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalidFields(List.of(new FieldError(ex.getRequestPartName(), text("validation.file-required")))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalidFields(List.of(new FieldError(ex.getParameterName(), text("validation.required")))));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalidFields(List.of(new FieldError("files", text("validation.file-too-large")))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = new ArrayList<FieldError>();
		ex.getBindingResult().getFieldErrors().forEach(e ->
			errors.add(new FieldError(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale()))));
		ex.getBindingResult().getGlobalErrors().forEach(e ->
			errors.add(new FieldError(e.getObjectName(), messages.getMessage(e, LocaleContextHolder.getLocale()))));
		return ResponseEntity.badRequest().body(invalidFields(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = new ArrayList<FieldError>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(e ->
			errors.add(new FieldError(result.getMethodParameter().getParameterName(),
				messages.getMessage(e, LocaleContextHolder.getLocale())))));
		return ResponseEntity.badRequest().body(invalidFields(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		var problem = problem(HttpStatus.BAD_REQUEST, "problem.unreadable-body");
		problem.setProperty("errors", List.of(new FieldError(field == null ? "body" : field,
			text(field == null ? "validation.malformed-json" : "validation.wrong-type"))));
		return ResponseEntity.badRequest().body(problem);
	}

	private static @Nullable String fieldOf(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			var path = new StringBuilder();
			for (var reference : databind.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return path.isEmpty() ? null : path.toString();
		}
		return null;
	}

	/**
	 * A failure nobody foresaw: the client gets a problem detail with a reference and nothing of
	 * the failure itself (no class names, no stack trace); the log gets the whole failure under the
	 * same reference, so an operator can find it.
	 */
	@ExceptionHandler
	ProblemDetail unexpected(Exception ex, jakarta.servlet.http.HttpServletRequest request) throws Exception {
		if (ex instanceof org.springframework.security.core.AuthenticationException
				|| ex instanceof org.springframework.security.access.AccessDeniedException) {
			throw ex; // Spring Security answers these itself
		}
		String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
		UNEXPECTED.error("Unexpected failure of {} {} (reference {})", request.getMethod(), request.getRequestURI(),
				reference, ex);
		var problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", reference);
		problem.setProperty("reference", reference);
		return problem;
	}

	private static final org.slf4j.Logger UNEXPECTED = org.slf4j.LoggerFactory.getLogger(ApiProblemHandler.class);

	private ProblemDetail invalidFields(List<FieldError> errors) {
		var problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String key, Object... args) {
		var problem = ProblemDetail.forStatusAndDetail(status, text(key, args));
		problem.setTitle(text("problem.title." + status.value()));
		return problem;
	}

	private String entityName(String entity) {
		return messages.getMessage("entity." + entity, null, entity, LocaleContextHolder.getLocale());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** One bad field of a request and what is wrong with it, in the reader's language. */
	public record FieldError(String field, String message) {
	}

}
