/** A consumer of mops on the module path. */
module org.example.consumer {
  requires dev.mops.json;
  requires dev.mops.csv;
}
