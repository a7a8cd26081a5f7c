/**
 * The mops plan format for applications on Jackson 2.x, such as Spring Boot 3: {@link
 * dev.mops.jackson2.MopsJackson2Module} reads and writes plans through mops-json's own format code,
 * so the format, its strictness and its error messages are the same as {@code MopsJson}'s.
 *
 * @since 0.2
 */
@NullMarked
package dev.mops.jackson2;

import org.jspecify.annotations.NullMarked;
