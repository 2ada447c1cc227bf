package org.zhenggai.documents.ingest;

import java.util.ArrayList;
import java.util.List;

import org.zhenggai.documents.IngestResult.Category;
import org.zhenggai.documents.IngestResult.Problem;

/**
 * Reads the categories of a located problem list and the problems in each.
 *
 * <p>Problems are numbered 1. by convention, or （一） when a category has no 1. items; headings between
 * a category and its problems are groups (004: 第一大类问题 → （一）关于…问题 → 1.针对…问题). In a report
 * the level under which more problems have measures wins over the convention. A category or group that
 * holds measures but no numbered problems stands as one problem with its title. When the count of
 * problems so read disagrees with the declared count and another kind of marker, present in every
 * category, gives exactly the declared count, that kind is taken for the problems instead.
 */
final class CategoryReader {

	/** What was read, with the warnings of that reading. */
	record Read(List<Category> categories, List<String> warnings) {

		int problemCount() {
			return categories.stream().mapToInt(category -> category.problems().size()).sum();
		}

		int manifestationCount() {
			return categories.stream()
				.flatMap(category -> category.problems().stream())
				.mapToInt(problem -> problem.manifestations().size())
				.sum();
		}
	}

	private static final List<MarkerFamily> PROBLEM_FAMILIES = List.of(MarkerFamily.ARABIC_DOT,
			MarkerFamily.PAREN_CHINESE);

	private static final List<MarkerFamily> OTHER_PROBLEM_FAMILIES = List.of(MarkerFamily.ARABIC_DOT,
			MarkerFamily.PAREN_CHINESE, MarkerFamily.PAREN_ARABIC, MarkerFamily.HALF_PAREN, MarkerFamily.CIRCLED);

	private final DocumentKind kind;

	private final MarkerFamily forcedFamily;

	private final List<String> warnings = new ArrayList<>();

	private final Numbering numbering = new Numbering(warnings);

	private final ProblemReader problemReader;

	private CategoryReader(DocumentKind kind, MarkerFamily forcedFamily) {
		this.kind = kind;
		this.forcedFamily = forcedFamily;
		this.problemReader = new ProblemReader(kind, numbering);
	}

	static Read read(ListLocation location, DocumentKind kind, Integer declaredProblems) {
		Read byConvention = new CategoryReader(kind, null).read(location);
		if (declaredProblems == null || byConvention.problemCount() == declaredProblems
				|| location.implicitCategory()) {
			return byConvention;
		}
		for (MarkerFamily family : OTHER_PROBLEM_FAMILIES) {
			boolean inEveryCategory = location.categoryNodes().stream()
				.allMatch(category -> category.family() != family && category.containsItem(family));
			if (!inEveryCategory) {
				continue; // another reading only where it applies to the whole list
			}
			Read byFamily = new CategoryReader(kind, family).read(location);
			if (byFamily.problemCount() == declaredProblems) {
				return byFamily;
			}
		}
		return byConvention;
	}

	private Read read(ListLocation location) {
		List<Category> categories = new ArrayList<>();
		List<OutlineNode> nodes = location.categoryNodes();
		if (location.implicitCategory()) {
			List<Problem> problems = new ArrayList<>();
			for (OutlineNode node : nodes) {
				problems.add(problem(node, node.marker().number(), null));
			}
			numbering.check(nodes, "问题", null);
			if (!problems.isEmpty()) {
				categories.add(new Category(null, null, problems));
			}
			return new Read(categories, warnings);
		}
		numbering.check(nodes, "类别", null);
		int lastProblem = 0;
		for (OutlineNode node : nodes) {
			String title = titleOf(node);
			List<Problem> problems = new ArrayList<>();
			MarkerFamily family = problemFamily(node);
			if (family == null) {
				if (hasContent(node)) {
					problems.add(problem(node, null, null));
				}
			}
			else {
				lastProblem = walk(node, null, family, problems, lastProblem);
			}
			if (problems.isEmpty()) {
				warnings.add("类别“" + Titles.shorten(title, 20) + "”下未识别到问题");
			}
			categories.add(new Category(node.marker().number(), title, problems));
		}
		return new Read(categories, warnings);
	}

	/**
	 * The kind of marker that numbers the problems of a category, or null when it has none. By
	 * convention 1., else （一）. In a report, where every problem should have measures, the kind under
	 * which more of the problems have measures wins: 1. items with no text under （一） items are then
	 * the measures of （一） problems.
	 */
	private MarkerFamily problemFamily(OutlineNode category) {
		if (forcedFamily != null) {
			return forcedFamily;
		}
		MarkerFamily best = null;
		double bestShare = -1;
		for (MarkerFamily family : PROBLEM_FAMILIES) {
			if (family == category.family() || !category.containsItem(family)) {
				continue;
			}
			if (kind != DocumentKind.REPORT) {
				return family;
			}
			double share = shareWithMeasures(category, family);
			if (share > bestShare) {
				best = family;
				bestShare = share;
			}
		}
		return best;
	}

	/** The share of the problems read with this family that have measures, from a trial reading. */
	private double shareWithMeasures(OutlineNode category, MarkerFamily family) {
		CategoryReader trial = new CategoryReader(kind, family);
		List<Problem> problems = new ArrayList<>();
		trial.walk(category, null, family, problems, 0);
		long withMeasures = problems.stream().filter(problem -> !problem.measures().isEmpty()).count();
		return problems.isEmpty() ? 0 : (double) withMeasures / problems.size();
	}

	/**
	 * Reads the problems below {@code node}; headings on the way are groups. Problems may be numbered
	 * anew under each group or through the document, so each list may start at 1 or go on from the
	 * last problem read; returns the number of the last problem read.
	 */
	private int walk(OutlineNode node, String group, MarkerFamily family, List<Problem> problems, int continuesAfter) {
		List<OutlineNode> numbered = new ArrayList<>();
		List<OutlineNode> groups = new ArrayList<>();
		int last = continuesAfter;
		for (OutlineNode child : node.items()) {
			if (child.family() == family) {
				problems.add(problem(child, child.marker().number(), group));
				numbered.add(child);
				last = child.marker().ordinal();
			}
			else if (child.containsItem(family)) {
				groups.add(child);
				last = walk(child, titleOf(child), family, problems, last);
			}
			else if (child.family().heading && hasContent(child)) {
				groups.add(child);
				problems.add(problem(child, null, group));
			}
		}
		numbering.check(numbered, "问题", titleOf(node), continuesAfter);
		numbering.check(groups, "分组", titleOf(node));
		return last;
	}

	private Problem problem(OutlineNode node, String number, String group) {
		Problem problem = problemReader.read(node, number, group);
		if (kind == DocumentKind.REPORT && problem.measures().isEmpty()) {
			warnings.add("问题“" + Titles.shorten(problem.title(), 20) + "”未识别到整改措施");
		}
		return problem;
	}

	private static String titleOf(OutlineNode node) {
		String heading = node.heading();
		if (heading.isBlank() && !node.body().isEmpty()) {
			heading = node.body().get(0);
		}
		return Titles.split(heading)[0];
	}

	private static boolean hasContent(OutlineNode node) {
		return !node.children().isEmpty() || !node.body().isEmpty() || !Titles.split(node.heading())[1].isBlank();
	}
}
