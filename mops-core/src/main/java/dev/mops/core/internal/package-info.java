/** Implementation details of mops-core; not exported, not API. */
@NullMarked
package dev.mops.core.internal;

import org.jspecify.annotations.NullMarked;
