package dev.mops.csv;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * When two contact ids in an export are the same contact. Exports name contacts by e-mail address
 * more often than not, and the same address comes back spelled {@code Ann@X.com} in one file and
 * {@code ann@x.com} in another; mail systems deliver both to one mailbox.
 *
 * <p>The default, {@link #EMAIL_IGNORE_CASE}, counts an id that contains {@code @} in lower case
 * ({@link Locale#ROOT}), so {@code Ann@X.com} and {@code ann@x.com} are one contact, and keeps
 * every other id (a CRM key such as {@code 00Q5e000001AbCd}, a Marketo lead id) exactly as written.
 * {@link #EXACT} keeps every id as written. In both, an id is the cell's text after the CSV reader
 * has removed the quotes and trimmed the spaces and tabs at either end: {@code " Ann Lee "} and
 * {@code Ann Lee} are the contact {@code Ann Lee}, whose inner space is part of the id.
 *
 * @since 0.2
 */
public enum ContactIdentity implements UnaryOperator<String> {
  /** Ids with an {@code @} compare ignoring case (counted in lower case); others as written. */
  EMAIL_IGNORE_CASE {
    @Override
    public String apply(String id) {
      requireNonNull(id, "id");
      return id.indexOf('@') < 0 ? id : id.toLowerCase(Locale.ROOT);
    }
  },
  /** Every id as written: {@code Ann@X.com} and {@code ann@x.com} are two contacts. */
  EXACT {
    @Override
    public String apply(String id) {
      return requireNonNull(id, "id");
    }
  };

  /**
   * The id under which the contact {@code id} is counted.
   *
   * @throws NullPointerException if {@code id} is null
   */
  @Override
  public abstract String apply(String id);
}
