package org.zhenggai.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.zhenggai.documents.ReportModel.Category;
import org.zhenggai.documents.ReportModel.Measure;
import org.zhenggai.documents.ReportModel.Problem;
import org.zhenggai.documents.write.LedgerSheetReader;
import org.zhenggai.documents.write.LedgerSheetWriter;

/**
 * The ledger (整改台账) as an .xlsx workbook, in the columns offices use: 序号, 问题类别, 问题, 整改措施,
 * 责任领导, 牵头科室, 责任人, 完成时限, 整改进展, 整改状态. Writes it from a {@link ReportModel} and reads
 * the same layout back, so an office can keep working in Excel and hand the file in.
 */
public class LedgerWorkbook {

	/** The status labels a ledger may carry in its 整改状态 column. */
	public static final List<String> STATUSES = List.of("未开始", "正在整改", "已完成", "逾期", "已销号");

	private final LedgerSheetWriter writer = new LedgerSheetWriter();

	private final LedgerSheetReader reader = new LedgerSheetReader();

	/**
	 * Writes the ledger; rows are coloured as of {@code today}: overdue red, due within 7 days yellow,
	 * completed green, closed grey.
	 */
	public void writeLedger(ReportModel model, LocalDate today, OutputStream out) throws IOException {
		writer.write(model, today, out);
	}

	/**
	 * Reads a ledger back. Any malformed cell makes the whole import fail with one error per cell, so
	 * the caller either stores every row or none.
	 *
	 * @throws IOException only when the stream itself cannot be read; a file that is not a workbook is
	 *     reported as an error of the import
	 */
	public LedgerImport readLedger(InputStream in) throws IOException {
		return reader.read(in);
	}

	/**
	 * The rows the ledger of a model shows, as {@link #readLedger} returns them: one per measure, texts
	 * without surrounding blanks; a problem without measures has none.
	 */
	public List<LedgerImport.Row> rows(ReportModel model) {
		List<LedgerImport.Row> rows = new ArrayList<>();
		for (Category category : model.categories()) {
			for (Problem problem : category.problems()) {
				for (Measure measure : problem.measures()) {
					rows.add(new LedgerImport.Row(orEmpty(category.title()), orEmpty(problem.title()), orEmpty(measure.text()),
							orEmpty(measure.responsibleLeader()), orEmpty(measure.leadDepartment()),
							orEmpty(measure.responsiblePerson()), measure.deadline(), orEmpty(measure.progress()),
							measure.status()));
				}
			}
		}
		return rows;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text.strip();
	}
}
