package dev.mops.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks find the repository from the working directory or from the system property. */
class RepositoryTest {
  @TempDir Path dir;

  @AfterEach
  void clear() {
    System.clearProperty(Repository.ROOT_PROPERTY);
  }

  @Test
  void walksUpFromTheWorkingDirectoryToTheRoot() {
    Path root = Repository.root();
    assertTrue(Files.isRegularFile(root.resolve("mops")), root.toString());
    assertEquals(root.resolve("mops-benchmarks").resolve("target"), Repository.target());
  }

  @Test
  void thePropertyNamesTheRoot() {
    Path root = Repository.root();
    System.setProperty(
        Repository.ROOT_PROPERTY, root.resolve("mops-benchmarks").resolve("..").toString());
    assertEquals(root, Repository.root());
  }

  @Test
  void aPropertyNamingAnotherFolderIsRefused() {
    System.setProperty(Repository.ROOT_PROPERTY, dir.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, Repository::root);
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }
}
