// mops JShell start-up: the SDK's packages and the usual java.time and math imports.
import dev.mops.model.*;
import dev.mops.metrics.*;
import dev.mops.check.*;
import dev.mops.report.*;
import dev.mops.testing.SeedPlans;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
