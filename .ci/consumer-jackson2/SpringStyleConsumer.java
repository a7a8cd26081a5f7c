package org.example.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mops.jackson2.MopsJackson2Module;
import dev.mops.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Spring Boot 3-style consumer: Jackson 2 from the Spring BOM (with its older
 * jackson-annotations), the mops plan format through {@link MopsJackson2Module}.
 */
public final class SpringStyleConsumer {
  private SpringStyleConsumer() {}

  /**
   * Reads the plan named by the first argument with a Jackson 2 ObjectMapper, writes it back and
   * reads that again.
   *
   * @param args the plan file
   * @throws IOException if the file cannot be read or the plan is refused
   */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new MopsJackson2Module());
    Plan plan = mapper.readValue(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), Plan.class);
    Plan again = mapper.readValue(mapper.writeValueAsString(plan), Plan.class);
    System.out.println(
        "jackson "
            + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
            + ": plan "
            + plan.id()
            + ", round trip equal: "
            + plan.equals(again));
  }
}
