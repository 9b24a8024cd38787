package org.salesengine.dsl.ide.quickfix;

/** A quick fix's text change: the offset, the length of the text it replaces and the new text. */
public record Edit(int offset, int length, String text) {
}
