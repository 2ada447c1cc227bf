package org.zhenggai.publication;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhenggai.org.Action;
import org.zhenggai.org.Performs;
import org.zhenggai.shared.NotFoundException;

/**
 * Atom feeds (RFC 4287) of published reports: all of them, and those of one unit and the units
 * below it, so that an inspection office follows every unit it inspects in one feed.
 */
@Controller
@Performs(Action.PUBLIC)
class PublicFeed {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final String NS = "http://www.w3.org/2005/Atom";

	private final PublicSite site;

	PublicFeed(PublicSite site) {
		this.site = site;
	}

	@GetMapping("/public/feed")
	ResponseEntity<String> all() {
		return feed("/public/feed", "/public", "整改情况通报", site.all());
	}

	@GetMapping("/public/units/{slug}/feed")
	ResponseEntity<String> unit(@PathVariable String slug) {
		if (!slug.matches("[a-z0-9]{4,32}")) {
			throw new NotFoundException("unit", slug);
		}
		var unit = site.unit(slug).orElseThrow(() -> new NotFoundException("unit", slug));
		return feed("/public/units/" + slug + "/feed", "/public/units/" + slug, unit.name() + " · 整改情况通报",
				site.under(slug));
	}

	private ResponseEntity<String> feed(String self, String page, String title, List<PublicSite.PublishedReport> reports) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		try {
			var text = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NS);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
			element(xml, "id", base + self);
			element(xml, "title", title);
			Instant updated = reports.stream().map(PublicSite.PublishedReport::publishedAt).max(Instant::compareTo)
				.orElse(Instant.EPOCH);
			element(xml, "updated", time(updated));
			link(xml, "self", base + self, ATOM.toString());
			link(xml, "alternate", base + page, "text/html");
			xml.writeStartElement("author");
			element(xml, "name", title);
			xml.writeEndElement();
			element(xml, "generator", "Zhenggai");
			for (var report : reports) {
				String url = base + "/public/reports/" + report.number();
				xml.writeStartElement("entry");
				element(xml, "id", url);
				element(xml, "title", report.title() + (report.edition() > 1 ? "（第" + report.edition() + "版）" : ""));
				element(xml, "updated", time(report.publishedAt()));
				element(xml, "published", time(report.publishedAt()));
				link(xml, "alternate", url, "text/html");
				if (report.hasPdf()) {
					link(xml, "enclosure", url + "/pdf", "application/pdf");
				}
				xml.writeStartElement("author");
				element(xml, "name", report.unitName());
				xml.writeEndElement();
				element(xml, "summary", report.unitName() + "，" + report.roundName() + "，"
						+ report.publishedOn().getYear() + "年" + report.publishedOn().getMonthValue() + "月"
						+ report.publishedOn().getDayOfMonth() + "日公布");
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return ResponseEntity.ok().contentType(ATOM).body(text.toString());
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("writing a feed to a string cannot fail", ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}
}
