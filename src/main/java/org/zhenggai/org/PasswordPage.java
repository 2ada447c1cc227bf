package org.zhenggai.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhenggai.shared.FormErrors;
import org.zhenggai.shared.InvalidInputException;

/** 修改密码: where every account changes its password, and where a first password must be changed. */
@Controller
class PasswordPage {

	private final AccountService accounts;

	PasswordPage(AccountService accounts) {
		this.accounts = accounts;
	}

	@Performs(Action.OWN_ACCOUNT)
	@PasswordChangeFirst.Allowed
	@GetMapping(PasswordChangeFirst.PAGE)
	String form(Authentication caller, Model model) {
		model.addAttribute("change", new PasswordForm("", "", ""));
		return page(caller, model);
	}

	@Performs(Action.OWN_ACCOUNT)
	@PasswordChangeFirst.Allowed
	@PostMapping(PasswordChangeFirst.PAGE)
	String change(@Valid @ModelAttribute("change") PasswordForm change, BindingResult result, Authentication caller,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !change.newPassword().equals(change.repeatedPassword())) {
			result.rejectValue("repeatedPassword", "validation.password-repeat");
		}
		if (!result.hasErrors()) {
			try {
				accounts.changePassword(caller.getName(), change.currentPassword(), change.newPassword());
				// back to this page, which now says it is done and no longer asks for the change
				redirect.addFlashAttribute("flash", "password.changed");
				return "redirect:" + PasswordChangeFirst.PAGE;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return page(caller, model);
	}

	private String page(Authentication caller, Model model) {
		model.addAttribute("required", accounts.passwordChangeRequired(caller.getName()));
		return "org/password";
	}

	/** What the form sends; the passwords are never put back into the page. */
	record PasswordForm(@NotBlank String currentPassword, @NotBlank @Size(max = 128) String newPassword,
			@NotBlank String repeatedPassword) {

		@Override
		public String toString() {
			return "PasswordForm[***]";
		}
	}
}
