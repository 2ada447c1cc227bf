package org.zhenggai.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhenggai.org.TargetKind;
import org.zhenggai.org.Action;
import org.zhenggai.org.Access;
import org.zhenggai.audit.AuditAction;
import org.zhenggai.audit.AuditLog;
import org.zhenggai.org.OrgService;
import org.zhenggai.round.RoundService;
import org.zhenggai.shared.Direction;
import org.zhenggai.shared.InvalidInputException;
import org.zhenggai.shared.NotFoundException;
import org.zhenggai.shared.StaleVersionException;

import static org.zhenggai.shared.Positions.indexOf;
import static org.zhenggai.shared.Positions.swap;

/** Builds a round's problem list: categories, problems and their manifestations. */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

	private final CategoryRepository categories;
	private final Access access;
	private final ProblemRepository problems;
	private final RoundService rounds;
	private final OrgService org;
	private final AuditLog audit;
	private final Clock clock;

	FeedbackService(CategoryRepository categories, ProblemRepository problems, RoundService rounds, OrgService org,
			AuditLog audit, Clock clock, Access access) {
		this.access = access;
		this.categories = categories;
		this.problems = problems;
		this.rounds = rounds;
		this.org = org;
		this.audit = audit;
		this.clock = clock;
	}

	public ProblemView problem(long id) {
		return problems.findById(id).map(Problem::view).orElseThrow(() -> new NotFoundException("problem", id));
	}

	public CategoryView category(long id) {
		return categories.findById(id).map(Category::view).orElseThrow(() -> new NotFoundException("category", id));
	}

	/** The round's problem list in feedback order: each category with its problems. */
	public List<CategoryTree> problemList(long roundId) {
		rounds.round(roundId);
		Map<Long, List<ProblemView>> byCategory = problems.findByRoundIdOrderByPosition(roundId).stream()
			.map(Problem::view)
			.collect(Collectors.groupingBy(ProblemView::categoryId));
		return categories.findByRoundIdOrderByPosition(roundId).stream()
			.map(Category::view)
			.map(c -> new CategoryTree(c, byCategory.getOrDefault(c.id(), List.of())))
			.toList();
	}

	@Transactional
	public CategoryView addCategory(long roundId, NewCategory command) {
		access.require(Action.SET_UP, TargetKind.ROUND, roundId);
		rounds.round(roundId);
		int position = categories.countByRoundId(roundId) + 1;
		var view = categories.save(new Category(roundId, position, command.title().strip(), Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "category", view.id(), null, view);
		return view;
	}

	@Transactional
	public ProblemView addProblem(long categoryId, NewProblem command) {
		access.require(Action.SET_UP, TargetKind.CATEGORY, categoryId);
		var category = category(categoryId);
		checkResponsibility(rounds.round(category.roundId()).unitId(), command.responsibleLeaderId(),
				command.leadDepartmentId());
		int position = problems.countByCategoryId(categoryId) + 1;
		var view = problems.save(new Problem(category.roundId(), categoryId, position, command, Instant.now(clock))).view();
		audit.record(AuditAction.CREATE, "problem", view.id(), null, view);
		return view;
	}

	@Transactional
	public CategoryView renameCategory(long id, CategoryChange change) {
		access.require(Action.SET_UP, TargetKind.CATEGORY, id);
		var category = categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
		requireVersion("category", id, category.version(), change.version());
		var before = category.view();
		category.rename(change.title());
		var after = categories.save(category).view();
		audit.record(AuditAction.UPDATE, "category", id, before, after);
		return after;
	}

	@Transactional
	public ProblemView changeProblem(long id, ProblemChange change) {
		access.require(Action.SET_UP, TargetKind.PROBLEM, id);
		var problem = problems.findById(id).orElseThrow(() -> new NotFoundException("problem", id));
		requireVersion("problem", id, problem.version(), change.version());
		long unitId = rounds.round(problem.view().roundId()).unitId();
		checkResponsibility(unitId, change.responsibleLeaderId(), change.leadDepartmentId());
		var before = problem.view();
		problem.change(change);
		var after = problems.save(problem).view();
		audit.record(AuditAction.UPDATE, "problem", id, before, after);
		return after;
	}

	/** Moves a category one place up or down in its round's feedback. */
	@Transactional
	public void moveCategory(long id, Direction direction) {
		access.require(Action.SET_UP, TargetKind.CATEGORY, id);
		var category = categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
		var siblings = categories.findByRoundIdOrderByPosition(category.roundId());
		swap(siblings, indexOf(siblings, id, Category::id), direction, Category::position, Category::moveTo,
				categories::save, c -> audit.record(AuditAction.UPDATE, "category", c.id(), null, Map.of("position", c.position())));
	}

	/** Moves a problem one place up or down within its category. */
	@Transactional
	public void moveProblem(long id, Direction direction) {
		access.require(Action.SET_UP, TargetKind.PROBLEM, id);
		var problem = problems.findById(id).orElseThrow(() -> new NotFoundException("problem", id));
		var siblings = problems.findByCategoryIdOrderByPosition(problem.categoryId());
		swap(siblings, indexOf(siblings, id, p -> p.view().id()), direction, Problem::position, Problem::moveTo,
				problems::save, p -> audit.record(AuditAction.UPDATE, "problem", p.view().id(), null, Map.of("position", p.position())));
	}

	private void checkResponsibility(long unitId, Long leaderId, Long departmentId) {
		new InvalidInputException.Collector()
			.rejectIf(leaderId != null && !org.isPersonOf(unitId, leaderId), "responsibleLeaderId",
					"validation.unknown-person", leaderId)
			.rejectIf(departmentId != null && !org.isDepartmentOf(unitId, departmentId), "leadDepartmentId",
					"validation.unknown-department", departmentId)
			.throwIfAny();
	}

	private static void requireVersion(String entity, long id, Integer current, Integer read) {
		if (current == null || !current.equals(read)) {
			throw new StaleVersionException(entity, id, current);
		}
	}

	/** A category with its problems, as the problem list (问题清单) shows them. */
	public record CategoryTree(CategoryView category, List<ProblemView> problems) {
	}
}
