package org.zhenggai.publication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;

/**
 * The public pages: no login, read only but for the opinion form, in a layout of their own. They
 * show published editions only, named by public numbers, and never a person's account, an internal
 * note or a database id.
 */
@Controller
@RequestMapping("/public")
@Performs(Action.PUBLIC)
class PublicPages {

	/** What public names look like; anything else is answered as not found without a query. */
	private static final String NAME = "[a-z0-9]{4,32}";

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final PublicSite site;
	private final OpinionService opinions;
	private final RobotCheck robots;
	private final MessageSource messages;

	PublicPages(PublicSite site, OpinionService opinions, RobotCheck robots, MessageSource messages) {
		this.site = site;
		this.opinions = opinions;
		this.robots = robots;
		this.messages = messages;
	}

	@GetMapping
	String units(Model model) {
		model.addAttribute("units", site.units());
		model.addAttribute("latest", site.all().stream().limit(10).toList());
		return "publication/public/index";
	}

	@GetMapping("/units/{slug}")
	String unit(@PathVariable String slug, Model model) {
		var unit = site.unit(checked(slug)).orElseThrow(() -> new NotFoundException("unit", slug));
		model.addAttribute("unit", unit);
		model.addAttribute("reports", site.under(slug));
		return "publication/public/unit";
	}

	@GetMapping("/reports/{number}")
	String report(@PathVariable String number, Model model) {
		return reportPage(checked(number), OpinionForm.empty(), Map.of(), model);
	}

	@GetMapping("/reports/{number}/docx")
	ResponseEntity<byte[]> docx(@PathVariable String number) {
		return download(number, "docx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@GetMapping("/reports/{number}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String number) {
		return download(number, "pdf", MediaType.APPLICATION_PDF);
	}

	@PostMapping("/reports/{number}/opinions")
	String send(@PathVariable String number, @ModelAttribute OpinionForm form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		checked(number);
		try {
			String receipt = opinions.submit(number, form, request.getRemoteAddr());
			return "redirect:/public/opinions/" + receipt + "?sent";
		}
		catch (InvalidInputException ex) {
			var errors = new LinkedHashMap<String, String>();
			ex.problems().forEach(p -> errors.merge(p.field(),
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), CHINESE), (a, b) -> a + "；" + b));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return reportPage(number, withoutAnswer(form), errors, model);
		}
		catch (OpinionService.TooManyOpinionsException ex) {
			response.setStatus(429);
			return reportPage(number, withoutAnswer(form),
					Map.of("form", messages.getMessage(ex.messageKey(), ex.args(), CHINESE)), model);
		}
	}

	@GetMapping("/opinions")
	String lookUp(@RequestParam(required = false) @Nullable String receipt, Model model) {
		if (receipt != null && !receipt.isBlank()) {
			return "redirect:/public/opinions/" + receipt.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
		}
		return "publication/public/look-up";
	}

	@GetMapping("/opinions/{receipt}")
	String receipt(@PathVariable String receipt, @RequestParam(required = false) @Nullable String sent, Model model) {
		if (!receipt.matches("(?i)YJ-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
			throw new NotFoundException("opinion", receipt);
		}
		model.addAttribute("receipt", opinions.receipt(receipt));
		model.addAttribute("sent", sent != null);
		return "publication/public/receipt";
	}

	private String reportPage(String number, OpinionForm form, Map<String, String> errors, Model model) {
		var report = site.report(number);
		model.addAttribute("report", report);
		model.addAttribute("editions", site.editions(number));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("question", robots.ask());
		return "publication/public/report";
	}

	private ResponseEntity<byte[]> download(String number, String format, MediaType type) {
		var report = site.report(checked(number));
		byte[] content = site.file(number, format);
		String name = report.title() + (report.edition() > 1 ? "（第" + report.edition() + "版）" : "") + "." + format;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private static OpinionForm withoutAnswer(OpinionForm form) {
		return new OpinionForm(form.name(), form.contact(), form.text(), null, null, null);
	}

	private static String checked(String name) {
		if (!name.matches(NAME)) {
			throw new NotFoundException("page", name);
		}
		return name;
	}
}
