package org.zhenggai.shared;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Takes a step posted from a page and tells the next page how it went: the done message, or the
 * refusal in the user's language.
 */
@Component
public class PageSteps {

	private final MessageSource messages;

	PageSteps(MessageSource messages) {
		this.messages = messages;
	}

	/** Takes the step; the next page shows the message {@code done}, or why the step was refused. */
	public void step(Runnable step, String done, RedirectAttributes redirect) {
		attempt(() -> {
			step.run();
			return done;
		}, redirect).ifPresent(key -> redirect.addFlashAttribute("flash", key));
	}

	/** Takes the step and returns what it gave; when refused, the next page shows why and nothing is returned. */
	public <T> Optional<T> attempt(Supplier<T> step, RedirectAttributes redirect) {
		try {
			return Optional.of(step.get());
		}
		catch (StepRefusedException ex) {
			redirect.addFlashAttribute("refusal", text(ex.messageKey(), ex.args()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().stream().map(p -> text(p.messageKey(), p.args()))
				.collect(Collectors.joining("；")));
		}
		return Optional.empty();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
