package org.zhenggai.documents.ingest;

/**
 * A piece of text that starts either a line or a numbered item.
 *
 * @param marker the marker the piece starts with, or {@code null} for plain text
 * @param text the text after the marker, trimmed
 * @param lineStart whether the piece starts a line (a paragraph) rather than following text on its line
 */
record Segment(Marker marker, String text, boolean lineStart) {
}
