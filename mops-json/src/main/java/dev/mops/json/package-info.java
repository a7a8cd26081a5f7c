/**
 * The versioned mops JSON format: {@link dev.mops.json.MopsJson} reads and writes plan documents
 * strictly, {@link dev.mops.json.MopsModule} plugs the same format into a caller's own Jackson 3
 * mapper, and {@link dev.mops.json.ReadLimits} bounds what a reader accepts. Every read error is a
 * {@link dev.mops.json.MopsJsonException} that says what, where (a JSON Pointer, line and column)
 * and what was expected.
 */
@NullMarked
package dev.mops.json;

import org.jspecify.annotations.NullMarked;
