/**
 * Implementation of the mops JSON format: the codecs of every type, the streaming reader and
 * writer, the limits. Not exported, not API.
 */
@NullMarked
package dev.mops.json.internal;

import org.jspecify.annotations.NullMarked;
