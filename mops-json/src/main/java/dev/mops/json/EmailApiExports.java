package dev.mops.json;

import static java.util.Objects.requireNonNull;

import dev.mops.csv.ContactIdentity;
import dev.mops.json.internal.Engine;
import dev.mops.json.internal.VendorEmail;
import dev.mops.metrics.EmailAccumulator;
import dev.mops.metrics.EmailMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON pages of a vendor's email API ({@link EmailApi}), one page per file, into one
 * accumulation: the same {@link EmailAccumulator} as the CSV presets of {@link
 * dev.mops.csv.EmailExports}, with the same {@link ContactIdentity} default ({@link
 * ContactIdentity#EMAIL_IGNORE_CASE}) and the rates the API cannot give marked not available.
 *
 * <pre>{@code
 * EmailApiImport imported = EmailApiExports.builder(EmailApi.HUBSPOT).build()
 *     .read(List.of(Path.of("events-1.json"), Path.of("events-2.json")));
 * imported.report().churn();
 * imported.skippedValues();   // {PROCESSED=2, STATUSCHANGE (subscribed)=1}
 * }</pre>
 *
 * <p>Each page is read strictly where mops reads it and loosely elsewhere: the vendor's other
 * properties (there are many, and they change) are ignored, but a page without its events array, an
 * event without a property mops needs, a value of the wrong type or an event name the preset does
 * not know is a {@link MopsJsonException} naming the file, with the JSON Pointer of the value. A
 * page of the other vendor's API is refused with a message saying what page was expected. Each page
 * is bounded by the {@link ReadLimits} (default {@link ReadLimits#defaults()}) and read whole
 * before any of its events is counted. Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class EmailApiExports {
  private final EmailApi api;
  private final ContactIdentity identity;
  private final Engine engine;

  private EmailApiExports(Builder b) {
    this.api = b.api;
    this.identity = b.identity;
    this.engine = new Engine(b.limits);
  }

  /**
   * A builder of a reader of {@code api}'s pages: contact ids by {@link
   * ContactIdentity#EMAIL_IGNORE_CASE}, default limits.
   *
   * @throws NullPointerException if {@code api} is null
   */
  public static Builder builder(EmailApi api) {
    return new Builder(requireNonNull(api, "api"));
  }

  /** The API read. */
  public EmailApi api() {
    return api;
  }

  /**
   * Reads {@code files} into one monthly report bucketed in UTC months.
   *
   * @throws MopsJsonException for a page that is not one of the API's, naming the file
   * @throws UncheckedIOException if a file cannot be read
   * @throws NullPointerException if {@code files} or one of them is null
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public EmailApiImport read(List<Path> files) {
    return read(files, ZoneOffset.UTC);
  }

  /**
   * Reads {@code files} into one monthly report bucketed in the calendar months of {@code zone}.
   *
   * @throws MopsJsonException for a page that is not one of the API's, naming the file
   * @throws UncheckedIOException if a file cannot be read
   * @throws NullPointerException if an argument or one of the files is null
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public EmailApiImport read(List<Path> files, ZoneId zone) {
    requireNonNull(zone, "zone");
    EmailAccumulator acc = EmailMetrics.accumulator(zone);
    Map<String, Map<String, Long>> skipped = readInto(files, acc);
    return new EmailApiImport(api, acc.result(), acc.events(), skipped);
  }

  /**
   * Reads {@code files} into {@code accumulator} (which may already hold the events of CSV
   * exports), returning the values skipped in each file: file → (value as written → count), in the
   * order read, files without skipped values included with an empty map.
   *
   * @throws MopsJsonException for a page that is not one of the API's, naming the file
   * @throws UncheckedIOException if a file cannot be read
   * @throws NullPointerException if an argument or one of the files is null
   * @throws IllegalArgumentException if {@code files} is empty
   */
  public Map<String, Map<String, Long>> readInto(List<Path> files, EmailAccumulator accumulator) {
    requireNonNull(files, "files");
    requireNonNull(accumulator, "accumulator");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must not be empty");
    }
    files.forEach(f -> requireNonNull(f, "file"));
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (Path file : files) {
      Map<String, Long> skipped = new LinkedHashMap<>();
      List<VendorEmail.Event> events;
      try (InputStream in = Files.newInputStream(file)) {
        events = page(in, skipped);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (MopsJsonException e) {
        throw new MopsJsonException(
            file + ": " + e.problem(),
            e.pointer(),
            e.line(),
            e.column(),
            e.expected(),
            java.util.Optional.of(e));
      }
      for (VendorEmail.Event e : events) {
        String contact = identity.apply(e.contact());
        String message = e.messageId();
        if (message == null) {
          accumulator.accept(contact, e.type(), e.epochSecond(), e.bounce());
        } else {
          accumulator.accept(contact, e.type(), e.epochSecond(), e.bounce(), message);
        }
      }
      out.put(file.toString(), java.util.Collections.unmodifiableMap(skipped));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private List<VendorEmail.Event> page(InputStream in, Map<String, Long> skipped) {
    return switch (api) {
      case HUBSPOT -> engine.readOther(in, api.expected(), r -> VendorEmail.hubspot(r, skipped));
      case MAILCHIMP -> engine.readOther(in, api.expected(), VendorEmail::mailchimp);
    };
  }

  /**
   * Builds an {@link EmailApiExports} reader.
   *
   * @since 0.2
   */
  public static final class Builder {
    private final EmailApi api;
    private ContactIdentity identity = ContactIdentity.EMAIL_IGNORE_CASE;
    private ReadLimits limits = ReadLimits.defaults();

    private Builder(EmailApi api) {
      this.api = api;
    }

    /**
     * Counts contact ids as {@code identity} says (default {@link
     * ContactIdentity#EMAIL_IGNORE_CASE}).
     *
     * @throws NullPointerException if {@code identity} is null
     */
    public Builder contactIdentity(ContactIdentity identity) {
      this.identity = requireNonNull(identity, "identity");
      return this;
    }

    /**
     * Bounds each page by {@code limits} (default {@link ReadLimits#defaults()}).
     *
     * @throws NullPointerException if {@code limits} is null
     */
    public Builder limits(ReadLimits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /** The reader. */
    public EmailApiExports build() {
      return new EmailApiExports(this);
    }
  }
}
