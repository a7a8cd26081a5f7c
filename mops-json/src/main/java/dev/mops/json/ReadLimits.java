package dev.mops.json;

import dev.mops.core.internal.Numbers;

/**
 * The limits a reader enforces on a plan document, so that hostile or broken input is refused
 * quickly, without running out of memory or stack. The writer follows the same limits: what a
 * {@link MopsJson} writes, a {@link MopsJson} with the same limits reads back, and a plan that
 * cannot be written within them is refused with a {@link MopsJsonException}.
 *
 * <p>Every limit is inclusive: a document exactly at a limit is read, one unit over it is refused
 * with a {@link MopsJsonException}. The defaults suit plans of any realistic size:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>counts</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>nested objects and arrays, the root
 *       object being depth 1; at most {@value #MAX_NESTING_DEPTH}</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>64 MiB</td><td>bytes of byte input (a file, a
 *       stream), characters of text input (a {@code String})</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1 MiB</td><td>characters of one string value or
 *       property name</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100</td><td>characters of one number, and digits of
 *       a decimal written out in plain notation</td></tr>
 *   <tr><td>{@link #maxValues()}</td><td>1,000,000</td><td>JSON values: every object, array,
 *       string, number, boolean and null counts once</td></tr>
 * </table>
 *
 * <pre>{@code
 * ReadLimits strict = ReadLimits.builder().maxDocumentLength(1 << 20).build();
 * MopsJson json = MopsJson.builder().limits(strict).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReadLimits {
  /**
   * The highest {@link #maxNestingDepth()} that can be configured: 1,000 levels. Reading, writing,
   * {@code equals}, {@code hashCode} and {@code toString} of a plan work at this depth on any
   * thread stack.
   */
  public static final int MAX_NESTING_DEPTH = 1000;

  private static final ReadLimits DEFAULTS = new Builder().build();

  private final int maxNestingDepth;
  private final long maxDocumentLength;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final long maxValues;

  private ReadLimits(Builder b) {
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxValues = b.maxValues;
  }

  /** The default limits: depth 64, document 64 MiB, string 1 MiB, number 100, 1,000,000 values. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder starting from these limits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxNestingDepth = maxNestingDepth;
    b.maxDocumentLength = maxDocumentLength;
    b.maxStringLength = maxStringLength;
    b.maxNumberLength = maxNumberLength;
    b.maxValues = maxValues;
    return b;
  }

  /** The deepest nesting of objects and arrays allowed; the root object is depth 1. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest document allowed: bytes for byte input, characters for text input. */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** The longest string value or property name allowed, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest number allowed, in characters as written, and in digits when written out in plain
   * notation (so {@code 1e999999} is refused: it stands for a million digits).
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The most JSON values a document may hold; every object, array and scalar counts once. */
  public long maxValues() {
    return maxValues;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits l
        && l.maxNestingDepth == maxNestingDepth
        && l.maxDocumentLength == maxDocumentLength
        && l.maxStringLength == maxStringLength
        && l.maxNumberLength == maxNumberLength
        && l.maxValues == maxValues;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength, maxValues);
  }

  /**
   * Reads as {@code ReadLimits{depth 64, document 67108864, string 1048576, number 100, values
   * 1000000}}.
   */
  @Override
  public String toString() {
    return "ReadLimits{depth "
        + maxNestingDepth
        + ", document "
        + maxDocumentLength
        + ", string "
        + maxStringLength
        + ", number "
        + maxNumberLength
        + ", values "
        + maxValues
        + "}";
  }

  /** Builds {@link ReadLimits}; every limit must be at least 1. */
  public static final class Builder {
    private int maxNestingDepth = 64;
    private long maxDocumentLength = 64L * 1024 * 1024;
    private int maxStringLength = 1024 * 1024;
    private int maxNumberLength = Numbers.DEFAULT_MAX_LENGTH;
    private long maxValues = 1_000_000;

    private Builder() {}

    /**
     * Sets the deepest nesting allowed (the root object is depth 1).
     *
     * @throws IllegalArgumentException if {@code depth} is not 1 to {@value
     *     ReadLimits#MAX_NESTING_DEPTH}
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 1 || depth > MAX_NESTING_DEPTH) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be in 1.." + MAX_NESTING_DEPTH + ", got " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /** Sets the longest document allowed, in bytes (byte input) or characters (text input). */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive("maxDocumentLength", length);
      return this;
    }

    /** Sets the longest string value or property name allowed, in characters. */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive("maxStringLength", length);
      return this;
    }

    /** Sets the longest number allowed, in characters and in plain-notation digits. */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive("maxNumberLength", length);
      return this;
    }

    /** Sets the most JSON values a document may hold. */
    public Builder maxValues(long values) {
      this.maxValues = positive("maxValues", values);
      return this;
    }

    /** Returns the limits. */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static long positive(String field, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(field + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
