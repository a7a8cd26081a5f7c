/**
 * Implementation of the mops JSON format: the codecs of every type, the streaming reader and
 * writer, the limits. Not exported, not API.
 */
package dev.mops.json.internal;
