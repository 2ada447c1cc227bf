package org.zhenggai.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A read document as the review form edits it: titles in fields, manifestations and measures one
 * per line, and a box to leave out any category or problem. Mutable, so the form can bind to it.
 */
public class ImportDraft {

	private List<CategoryDraft> categories = new ArrayList<>();

	public static ImportDraft of(IngestResult result) {
		var draft = new ImportDraft();
		for (var category : result.categories()) {
			var c = new CategoryDraft();
			c.setTitle(category.title() == null ? "" : category.title());
			for (var problem : category.problems()) {
				var p = new ProblemDraft();
				p.setTitle(problem.title());
				p.setManifestations(String.join("\n", problem.manifestations().stream().map(IngestResult.Manifestation::text).toList()));
				p.setMeasures(String.join("\n", problem.measures().stream().map(IngestResult.Measure::text).toList()));
				c.getProblems().add(p);
			}
			draft.categories.add(c);
		}
		return draft;
	}

	/** The reviewed tree, without what the reviewer left out. */
	public IngestResult toResult() {
		var result = new ArrayList<IngestResult.Category>();
		for (var c : categories) {
			if (!c.isInclude()) {
				continue;
			}
			var problems = c.getProblems().stream().filter(ProblemDraft::isInclude)
				.map(p -> new IngestResult.Problem(null, p.getTitle(), null,
						lines(p.getManifestations()).stream().map(t -> new IngestResult.Manifestation(null, t)).toList(),
						lines(p.getMeasures()).stream().map(IngestResult.Measure::new).toList(), null, null))
				.toList();
			result.add(new IngestResult.Category(null, c.getTitle(), problems));
		}
		return new IngestResult(null, null, null, null, null, null, null, null, null, result, List.of());
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	public List<CategoryDraft> getCategories() {
		return categories;
	}

	public void setCategories(List<CategoryDraft> categories) {
		this.categories = categories;
	}

	public static class CategoryDraft {

		private String title = "";
		private boolean include = true;
		private List<ProblemDraft> problems = new ArrayList<>();

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public boolean isInclude() {
			return include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public List<ProblemDraft> getProblems() {
			return problems;
		}

		public void setProblems(List<ProblemDraft> problems) {
			this.problems = problems;
		}
	}

	public static class ProblemDraft {

		private String title = "";
		private boolean include = true;
		private String manifestations = "";
		private String measures = "";

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public boolean isInclude() {
			return include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public String getManifestations() {
			return manifestations;
		}

		public void setManifestations(String manifestations) {
			this.manifestations = manifestations;
		}

		public String getMeasures() {
			return measures;
		}

		public void setMeasures(String measures) {
			this.measures = measures;
		}
	}
}
