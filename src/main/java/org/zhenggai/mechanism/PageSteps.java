package org.zhenggai.mechanism;

import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.StepRefusedException;

/**
 * Takes a step posted from one of this module's pages and tells the next page how it went: the
 * done message, or the refusal in the user's language.
 */
@Component
class PageSteps {

	private final MessageSource messages;

	PageSteps(MessageSource messages) {
		this.messages = messages;
	}

	void step(Runnable step, String done, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (StepRefusedException ex) {
			redirect.addFlashAttribute("refusal", text(ex.messageKey(), ex.args()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().stream().map(p -> text(p.messageKey(), p.args()))
				.collect(Collectors.joining("；")));
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
