// mops JShell start-up: every public package of the SDK and the usual java.time and math imports.
import dev.mops.model.*;
import dev.mops.metrics.*;
import dev.mops.check.*;
import dev.mops.report.*;
import dev.mops.json.*;
import dev.mops.csv.*;
import dev.mops.testing.SeedPlans;
import java.math.BigDecimal;
import java.nio.file.*;
import java.time.*;
import java.util.*;
System.out.println("mops " + MopsVersion.current() + ": every public package is imported; try SeedPlans.automotivePlan()");
