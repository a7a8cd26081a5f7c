package dev.mops.check;

/** A counter of the work a check does: element visits, for the near-linear-work property. */
final class Work {
  private long visits;

  void add(long n) {
    visits += n;
  }

  long visits() {
    return visits;
  }
}
