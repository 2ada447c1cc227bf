package org.zhenggai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zhenggai.support.Api;
import org.zhenggai.support.IntegrationTest;
import org.zhenggai.support.LedgerFixture;

/**
 * Walks every public page a visitor can reach from {@code /public} (following every link, and every
 * entry of the feeds) and checks that none shows what was never published, a clue, a petition, an
 * account, a sender's name or an internal id; and that the feeds are valid Atom.
 */
class PublicPagesCrawlIT extends IntegrationTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";
	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"");

	@Autowired
	JdbcClient jdbc;

	/** An inspection office with a unit below it, whose report is published and whose next edition is a draft. */
	private final class World {

		final String marker = UUID.randomUUID().toString().substring(0, 8);
		final String officeName = "测试区委巡察办" + marker;
		final LedgerFixture unit;
		final Api office;
		final String publishedNumber;
		final String draftNumber;
		final String draftText = "尚未公布的草稿文字" + marker;
		final String clueText = "线索反映某某收受礼金" + marker;
		final String petitionText = "信访反映某某违规招生" + marker;
		final String senderName = "匿名群众" + marker;
		final String senderContact = "1390000" + marker;
		final String receipt;
		final List<Long> internalIds = new ArrayList<>();
		final List<String> accounts = new ArrayList<>();

		World(Api admin) {
			unit = fixture();
			long officeUnit = admin.post("/api/v1/units", Map.of("name", officeName)).id();
			jdbc.sql("update unit set parent_id = :office where id = :unit").param("office", officeUnit)
				.param("unit", unit.unitId).update();
			long measure = unit.measure("规范会议记录" + marker, unit.officeId, 30);
			var today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
			long clue = admin.post("/api/v1/rounds/{id}/clues", Map.of("receivedOn", today, "source", "来信",
					"summary", clueText), unit.roundId).id();
			long petition = admin.post("/api/v1/rounds/{id}/petitions", Map.of("receivedOn", today, "source", "来访",
					"summary", petitionText), unit.roundId).id();
			office = unit.account("OFFICE", null, null);
			var leader = unit.account("LEADER", null, unit.leaderId);
			var first = office.post("/api/v1/rounds/{id}/publications", Map.of(), unit.roundId);
			leader.post("/api/v1/publications/{id}/approval", Map.of(), first.id());
			assertThat(office.post("/api/v1/publications/{id}/publish", Map.of(), first.id()).status()).isEqualTo(200);
			publishedNumber = first.json().get("number").asString();
			var second = office.post("/api/v1/rounds/{id}/publications", Map.of("fromPublished", true), unit.roundId);
			office.post("/api/v1/publications/{id}/text",
					Map.of("text", second.json().get("body").asString() + draftText + "\n"), second.id());
			draftNumber = second.json().get("number").asString();
			var sent = new PublicVisitor(port).sendOpinion(publishedNumber,
					Map.of("name", senderName, "contact", senderContact, "text", "会议记录仍不规范"), null);
			assertThat(sent.status()).as(sent.body()).isEqualTo(302);
			receipt = sent.location().replaceAll(".*/public/opinions/([A-Z0-9-]+).*", "$1");
			long opinion = jdbc.sql("select id from public_opinion where receipt = :r").param("r", receipt)
				.query(Long.class).single();
			internalIds.addAll(List.of(unit.unitId, officeUnit, unit.roundId, unit.problemId, measure, clue, petition,
					first.id(), second.id(), opinion));
			accounts.add(Api.ADMIN);
			accounts.addAll(jdbc.sql("select username from account where unit_id = :unit").param("unit", unit.unitId)
				.query(String.class).list());
			assertThat(accounts).hasSize(3);
		}
	}

	@Test
	void noPublicPageShowsAnythingUnpublishedSecretPersonalOrInternal() throws Exception {
		var world = new World(admin());
		var visitor = new PublicVisitor(port);

		// when every page reachable from /public, the receipt's page and every feed entry are read
		Set<String> seen = new LinkedHashSet<>();
		var queue = new ArrayDeque<String>(List.of("/public", "/public/opinions/" + world.receipt, "/public/opinions"));
		var problems = new ArrayList<String>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			var page = visitor.get(path);
			if (page.status() != 200) {
				problems.add(path + " answered " + page.status());
				continue;
			}
			List<String> links = new ArrayList<>();
			if (page.contentType().contains("atom+xml")) {
				Document feed = xml(page.body());
				var elements = feed.getElementsByTagNameNS(ATOM, "link");
				for (int i = 0; i < elements.getLength(); i++) {
					links.add(((Element) elements.item(i)).getAttribute("href"));
				}
			}
			else if (page.contentType().contains("text/html")) {
				var matcher = LINK.matcher(page.body());
				while (matcher.find()) {
					links.add(matcher.group(1).replace("&amp;", "&"));
				}
			}
			if (page.contentType().contains("text") || page.contentType().contains("xml")) {
				check(world, path, page.body(), problems);
			}
			for (String link : links) {
				String local = link.replace("http://localhost:" + port, "");
				if (local.startsWith("/public")) {
					queue.add(local);
					checkLink(world, path, local, problems);
				}
				else if (!local.startsWith("/css/")) {
					problems.add(path + " links outside the public pages: " + link);
				}
			}
		}

		// then nothing was found, and the walk reached the report, its files, the unit pages and the feeds
		assertThat(problems).isEmpty();
		assertThat(seen).contains("/public/reports/" + world.publishedNumber,
				"/public/reports/" + world.publishedNumber + "/docx", "/public/feed")
			.doesNotContain("/public/reports/" + world.draftNumber)
			.anyMatch(p -> p.matches("/public/units/[a-z0-9]+/feed"));
		assertThat(visitor.get("/public/reports/" + world.draftNumber).status()).isEqualTo(404);
		assertThat(visitor.get("/public/reports/" + world.draftNumber + "/pdf").status()).isEqualTo(404);
	}

	@Test
	void theFeedsAreValidAtomAndAnInspectionOfficesFeedCoversTheUnitsBelowIt() throws Exception {
		var world = new World(admin());
		var visitor = new PublicVisitor(port);
		var index = visitor.get("/public").body();
		var officeLink = Pattern.compile("href=\"/public/units/([a-z0-9]+)\">" + Pattern.quote(world.officeName) + "<")
			.matcher(index);
		assertThat(officeLink.find()).as("the office is listed on /public").isTrue();

		for (String path : List.of("/public/feed", "/public/units/" + officeLink.group(1) + "/feed")) {
			// when
			var page = visitor.get(path);

			// then it is Atom with the elements RFC 4287 requires, and holds the unit's report
			assertThat(page.contentType()).startsWith("application/atom+xml");
			Element feed = xml(page.body()).getDocumentElement();
			assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
			assertThat(feed.getLocalName()).isEqualTo("feed");
			assertThat(child(feed, "id")).startsWith("http://");
			assertThat(child(feed, "title")).isNotBlank();
			OffsetDateTime.parse(child(feed, "updated"));
			var entries = feed.getElementsByTagNameNS(ATOM, "entry");
			assertThat(entries.getLength()).isPositive();
			var ids = new ArrayList<String>();
			for (int i = 0; i < entries.getLength(); i++) {
				Element entry = (Element) entries.item(i);
				ids.add(child(entry, "id"));
				assertThat(child(entry, "title")).isNotBlank();
				OffsetDateTime.parse(child(entry, "updated"));
				assertThat(entry.getElementsByTagNameNS(ATOM, "author").getLength()).isEqualTo(1);
				assertThat(entry.getElementsByTagNameNS(ATOM, "link").getLength()).isPositive();
			}
			assertThat(ids).contains("http://localhost:" + port + "/public/reports/" + world.publishedNumber)
				.doesNotContain("http://localhost:" + port + "/public/reports/" + world.draftNumber);
		}
	}

	private static void check(World world, String path, String body, List<String> problems) {
		for (String secret : List.of(world.draftText, world.clueText, world.petitionText, world.senderName,
				world.senderContact, world.draftNumber)) {
			if (body.contains(secret)) {
				problems.add(path + " shows " + secret);
			}
		}
		for (String account : world.accounts) {
			if (Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(account) + "(?![A-Za-z0-9-])").matcher(body).find()) {
				problems.add(path + " names the account " + account);
			}
		}
		for (String internal : List.of("/api/", "/rounds/", "/measures/", "/problems/", "/publications/", "Exception")) {
			if (body.contains(internal)) {
				problems.add(path + " mentions " + internal);
			}
		}
	}

	/** Public links name reports and units by their public names only, never by a database id. */
	private static void checkLink(World world, String from, String link, List<String> problems) {
		for (String segment : link.split("[/?&=#.]")) {
			if (segment.matches("\\d+") && world.internalIds.contains(Long.parseLong(segment))) {
				problems.add(from + " links with an internal id: " + link);
			}
		}
	}

	private static Document xml(String text) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static String child(Element parent, String name) {
		var nodes = parent.getElementsByTagNameNS(ATOM, name);
		assertThat(nodes.getLength()).as(parent.getLocalName() + " has " + name).isPositive();
		return nodes.item(0).getTextContent();
	}
}
