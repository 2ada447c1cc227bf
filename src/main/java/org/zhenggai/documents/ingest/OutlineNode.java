package org.zhenggai.documents.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One numbered item of a document with the paragraphs and items under it. The root holds what comes
 * before the first marker. Body paragraphs always precede child items: plain text goes to the item
 * opened last.
 */
final class OutlineNode {

	private final Marker marker;

	private final String heading;

	private final boolean lineStart;

	private final List<String> body = new ArrayList<>();

	private final List<OutlineNode> children = new ArrayList<>();

	private OutlineNode parent;

	OutlineNode(Marker marker, String heading, boolean lineStart) {
		this.marker = marker;
		this.heading = heading;
		this.lineStart = lineStart;
	}

	static OutlineNode root() {
		return new OutlineNode(null, "", true);
	}

	Marker marker() {
		return marker;
	}

	/** The family of its marker; {@code null} for the root. */
	MarkerFamily family() {
		return marker == null ? null : marker.family();
	}

	boolean isLabel() {
		return marker != null && marker.isLabel();
	}

	LabelKind labelKind() {
		return isLabel() ? marker.label() : null;
	}

	/** The text on the marker's own line or segment, after the marker. */
	String heading() {
		return heading;
	}

	List<String> body() {
		return body;
	}

	List<OutlineNode> children() {
		return children;
	}

	OutlineNode parent() {
		return parent;
	}

	void addBody(String paragraph) {
		if (!paragraph.isBlank()) {
			body.add(paragraph);
		}
	}

	void addChild(OutlineNode child) {
		child.parent = this;
		children.add(child);
	}

	/** The children that are numbered items, not labelled sections. */
	List<OutlineNode> items() {
		List<OutlineNode> items = new ArrayList<>();
		for (OutlineNode child : children) {
			if (!child.isLabel()) {
				items.add(child);
			}
		}
		return items;
	}

	/** The labelled sections directly under this item. */
	List<OutlineNode> labels(LabelKind kind) {
		List<OutlineNode> labels = new ArrayList<>();
		for (OutlineNode child : children) {
			if (child.isLabel() && child.labelKind() == kind) {
				labels.add(child);
			}
		}
		return labels;
	}

	/** How many levels of numbered headings lie below this item (labelled sections not counted). */
	int headingDepth() {
		int depth = 0;
		for (OutlineNode child : items()) {
			depth = Math.max(depth, (child.family().heading ? 1 : 0) + child.headingDepth());
		}
		return depth;
	}

	/** Whether an item of this family lies below, outside labelled sections. */
	boolean containsItem(MarkerFamily family) {
		for (OutlineNode child : items()) {
			if (child.family() == family || child.containsItem(family)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a labelled section of this kind lies below. */
	boolean containsLabel(LabelKind kind) {
		for (OutlineNode child : children) {
			if (child.labelKind() == kind || child.containsLabel(kind)) {
				return true;
			}
		}
		return false;
	}

	/** Its own text: the heading and the paragraphs under it, one per line. */
	String ownText() {
		StringBuilder text = new StringBuilder(heading);
		for (String paragraph : body) {
			appendLine(text, paragraph);
		}
		return text.toString();
	}

	/** Its own text and all items below with their markers as written. */
	String fullText() {
		StringBuilder text = new StringBuilder();
		appendFullText(text);
		return text.toString().strip();
	}

	private void appendFullText(StringBuilder text) {
		text.append(ownText());
		for (OutlineNode child : children) {
			if (child.lineStart) {
				appendLine(text, "");
			}
			text.append(child.marker.written());
			if (child.isLabel()) {
				text.append('：');
			}
			child.appendFullText(text);
		}
	}

	private static void appendLine(StringBuilder text, String line) {
		if (!text.isEmpty()) {
			text.append('\n');
		}
		text.append(line);
	}
}
