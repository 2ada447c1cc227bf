package org.zhenggai.documents.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Builds the tree of numbered items from segments, the way a reader does: a marker of a kind already
 * open closes everything opened after it and becomes its sibling; a new kind opens a level below.
 * Inline enumerations (一是, ①, 第一，) are closed by any marker of a higher level, since writers never
 * close them. Labelled sections (整改措施：) belong to the item, not to the enumeration before them.
 */
final class Outline {

	private Outline() {
	}

	static OutlineNode build(List<Segment> segments) {
		OutlineNode root = OutlineNode.root();
		Deque<OutlineNode> open = new ArrayDeque<>();
		open.push(root);
		for (Segment segment : segments) {
			if (segment.marker() == null) {
				open.peek().addBody(segment.text());
				continue;
			}
			OutlineNode node = new OutlineNode(segment.marker(), segment.text(), segment.lineStart());
			closeFor(open, segment.marker().family());
			open.peek().addChild(node);
			open.push(node);
		}
		return root;
	}

	private static void closeFor(Deque<OutlineNode> open, MarkerFamily family) {
		if (isOpen(open, family)) {
			while (open.peek().family() != family) {
				open.pop();
			}
			open.pop();
		}
		else if (family == MarkerFamily.LABEL) {
			// （1）表现一 （2）表现二 整改措施：… — the label belongs to the problem, not to （2）
			while (open.peek().family() != null && open.peek().family().inline() && !open.peek().parent().isLabel()) {
				open.pop();
			}
		}
		else {
			while (open.peek().family() != null && isUnclosedEnumeration(open.peek().family())
					&& open.peek().family().rank > family.rank) {
				open.pop();
			}
		}
	}

	private static boolean isUnclosedEnumeration(MarkerFamily family) {
		return family == MarkerFamily.ENUM_SHI || family == MarkerFamily.ORDINAL || family == MarkerFamily.CIRCLED;
	}

	private static boolean isOpen(Deque<OutlineNode> open, MarkerFamily family) {
		for (OutlineNode node : open) {
			if (node.family() == family) {
				return true;
			}
		}
		return false;
	}
}
