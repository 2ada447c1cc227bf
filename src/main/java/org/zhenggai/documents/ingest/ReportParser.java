package org.zhenggai.documents.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.zhenggai.documents.IngestResult;

/**
 * Parses the text of a feedback opinion or a rectification report into an {@link IngestResult}: page
 * chrome is dropped, lines are cut at numbering markers, the items are built into an outline, the
 * problem list is located in it and read, and the header facts are taken from the opening text.
 */
public final class ReportParser {

	private ReportParser() {
	}

	public static IngestResult parse(String text) {
		PageText page = PageText.of(text);
		List<String> lines = page.lines();
		Signature tail = Signature.fromTail(lines);
		Segmenter.Result segmented = Segmenter.split(lines.subList(0, lines.size() - tail.lines()));
		Signature signature = tail.lines() > 0 ? tail : Signature.fromClosing(segmented.closing());
		OutlineNode root = Outline.build(segmented.segments());
		ListLocation location = ListLocation.of(root);
		String title = Header.title(lines);
		DeclaredCounts declared = DeclaredCounts.find(location.basisText());
		DocumentKind kind = kindOf(title, root, location);
		CategoryReader.Read read = CategoryReader.read(location, kind, declared.problems());
		Header header = Header.read(lines, location.basisText(), signature);
		List<String> warnings = warnings(title, declared, read, location);
		return new IngestResult(header.title(), header.issuer(), header.inspectingBody(), header.inspectionGroup(),
				header.stationingStart(), header.stationingEnd(), header.feedbackDate(),
				publishedDate(signature, page), declared.problems(), read.categories(), warnings);
	}

	/**
	 * A report if it has 整改措施/整改进度 sections or speaks of 整改 in its title, opening or list part;
	 * a feedback opinion if its title says 反馈意见 or nothing speaks of 整改.
	 */
	private static DocumentKind kindOf(String title, OutlineNode root, ListLocation location) {
		if (root.containsLabel(LabelKind.MEASURES) || root.containsLabel(LabelKind.PROGRESS)) {
			return DocumentKind.REPORT;
		}
		if (title != null && title.contains("整改")) {
			return DocumentKind.REPORT;
		}
		if (title != null && title.contains("反馈意见")) {
			return DocumentKind.FEEDBACK;
		}
		boolean partSpeaksOfRectification = location.listParts().stream().anyMatch(part -> part.heading().contains("整改"));
		String basis = location.basisText();
		String opening = basis.length() > 2000 ? basis.substring(0, 2000) : basis;
		return partSpeaksOfRectification || opening.contains("整改") ? DocumentKind.REPORT : DocumentKind.FEEDBACK;
	}

	private static List<String> warnings(String title, DeclaredCounts declared, CategoryReader.Read read,
			ListLocation location) {
		List<String> warnings = new ArrayList<>();
		if (title == null) {
			warnings.add("未识别到文件标题");
		}
		if (read.categories().isEmpty()) {
			warnings.add("未识别到逐项列出的问题清单");
		}
		int found = read.problemCount();
		Integer problems = declared.problems();
		if (problems != null && problems != found && problems != read.manifestationCount()) {
			warnings.add("声明问题" + problems + "个，实际识别" + found + "个");
		}
		Integer categories = declared.categories();
		if (categories != null && !location.implicitCategory() && categories != read.categories().size()) {
			warnings.add("声明问题类别" + categories + "个，实际识别" + read.categories().size() + "个");
		}
		warnings.addAll(read.warnings());
		return warnings;
	}

	private static LocalDate publishedDate(Signature signature, PageText page) {
		if (signature.date() != null) {
			return signature.date();
		}
		if (page.postedDateLine() == null) {
			return null;
		}
		ChineseDates.Mention posted = ChineseDates.first(page.postedDateLine(), null);
		return posted == null ? null : posted.first();
	}
}
