package org.zhenggai.documents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhenggai.documents.DocumentReader;
import org.zhenggai.documents.IngestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The result serializes to the agreed JSON: plain fields, ISO dates, nulls kept. */
class JsonShapeTest {

	final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void serializesToTheAgreedShape() {
		IngestResult result = DocumentReader.read(ReferenceReports.bytes(ReferenceReports.BOSHAN), "002.txt");

		JsonNode json = mapper.valueToTree(result);

		assertThat(json.propertyNames()).containsExactly("title", "issuer", "inspectingBody", "inspectionGroup",
				"stationingStart", "stationingEnd", "feedbackDate", "publishedDate", "declaredProblemCount", "categories",
				"warnings");
		assertThat(json.get("stationingStart").asString()).isEqualTo("2022-06-21");
		assertThat(json.get("declaredProblemCount").asInt()).isEqualTo(8);
		JsonNode category = json.get("categories").get(0);
		assertThat(category.propertyNames()).containsExactly("number", "title", "problems");
		JsonNode problem = category.get("problems").get(0);
		assertThat(problem.propertyNames()).containsExactly("number", "title", "group", "manifestations", "measures",
				"progress", "progressText");
		assertThat(problem.get("group").isNull()).isTrue();
		assertThat(problem.get("progress").asString()).isEqualTo("COMPLETED_ONGOING");
		assertThat(problem.get("measures").get(0).propertyNames()).containsExactly("text");
		assertThat(json.get("warnings").isArray()).isTrue();
	}

	@Test
	void keepsAbsentFieldsAsNull() {
		JsonNode json = mapper.valueToTree(DocumentReader.readText("没有编号的一段文字。"));

		assertThat(json.get("title").isNull()).isTrue();
		assertThat(json.get("feedbackDate").isNull()).isTrue();
		assertThat(json.get("categories").isEmpty()).isTrue();
	}

	@Test
	void readsBackWhatItWrote() {
		IngestResult result = DocumentReader.read(ReferenceReports.bytes(ReferenceReports.HAIZHU), "004.txt");

		IngestResult back = mapper.readValue(mapper.writeValueAsString(result), IngestResult.class);

		assertThat(back).isEqualTo(result);
	}
}
