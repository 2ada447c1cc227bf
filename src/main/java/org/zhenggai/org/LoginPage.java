package org.zhenggai.org;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

	@Performs(Action.PUBLIC)
	@GetMapping("/login")
	String login() {
		return "org/login";
	}
}
