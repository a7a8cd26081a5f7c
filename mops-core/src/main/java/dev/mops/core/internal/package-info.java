/** Implementation details of mops-core; not exported, not API. */
package dev.mops.core.internal;
