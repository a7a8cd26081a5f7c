package dev.mops.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mops.model.Quarter;
import dev.mops.report.MonthlyUpdate;
import dev.mops.report.QuarterlyReview;
import dev.mops.testing.SeedPlans;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTML reports of the seed plan in a real browser: headless Chromium driven over the DevTools
 * protocol with the JDK's WebSocket client. Each page loads from a {@code file://} URL with no
 * console error and no request but itself; every chart is laid out with a non-zero size inside the
 * printable width of an A4 page and of a phone; the key numbers are on the page as text; and a
 * screenshot of each page is saved under {@code target/browser/} for a human look.
 *
 * <p>Chromium is {@code -Dmops.chromium=PATH}, else {@code chromium} on the PATH. Without it the
 * test fails and says how to install it: it is never skipped.
 */
class BrowserReportTest {
  private static final Path OUT = Path.of("target", "browser");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A4 is 210 mm wide; less the page's 12 mm margins, at 96 px per inch. */
  private static final int A4_PRINT_WIDTH = (int) Math.floor((210 - 2 * 12) / 25.4 * 96);

  private static final int PHONE_WIDTH = 360;

  private static Process browser;
  private static Cdp cdp;

  @BeforeAll
  static void startChromium() throws Exception {
    String chromium = chromium();
    Files.createDirectories(OUT);
    Path profile = OUT.resolve("profile");
    ProcessBuilder pb =
        new ProcessBuilder(
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile.toAbsolutePath(),
            "about:blank");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    browser = pb.start();
    String ws = null;
    Pattern listening = Pattern.compile("DevTools listening on (ws://\\S+)");
    BufferedReader err =
        new BufferedReader(new InputStreamReader(browser.getErrorStream(), StandardCharsets.UTF_8));
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      Matcher m = listening.matcher(line);
      if (m.find()) {
        ws = m.group(1);
        break;
      }
    }
    if (ws == null) {
      fail("chromium did not print its DevTools address: " + chromium);
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                while (err.readLine() != null) {
                  // keep the pipe empty
                }
              } catch (IOException e) {
                // the browser is gone
              }
            });
    drain.setDaemon(true);
    drain.start();
    URI browserWs = URI.create(ws);
    HttpClient http = HttpClient.newHttpClient();
    String list =
        http.send(
                HttpRequest.newBuilder(
                        URI.create("http://" + browserWs.getAuthority() + "/json/list"))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
            .body();
    String page = null;
    for (JsonNode target : JSON.readTree(list)) {
      if (target.path("type").asString("").equals("page")) {
        page = target.path("webSocketDebuggerUrl").asString();
        break;
      }
    }
    assertTrue(page != null, "no page target in " + list);
    cdp = new Cdp(http, URI.create(page));
    cdp.call("Page.enable", Map.of());
    cdp.call("Runtime.enable", Map.of());
    cdp.call("Log.enable", Map.of());
    cdp.call("Network.enable", Map.of());
  }

  @AfterAll
  static void stopChromium() throws Exception {
    if (cdp != null) {
      cdp.close();
    }
    if (browser != null) {
      browser.destroy();
      if (!browser.waitFor(10, TimeUnit.SECONDS)) {
        browser.destroyForcibly();
      }
    }
  }

  private static String chromium() {
    String given = System.getProperty("mops.chromium", "");
    if (!given.isBlank()) {
      return given;
    }
    for (String dir :
        Pattern.compile(Pattern.quote(File.pathSeparator))
            .splitAsStream(System.getenv().getOrDefault("PATH", ""))
            .toList()) {
      for (String name : new String[] {"chromium", "chromium-browser"}) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return fail(
        "no chromium on the PATH: install it (Debian: apt-get install chromium) or give"
            + " -Dmops.chromium=PATH; the browser tests are never skipped");
  }

  @Test
  void theMarchOnePagerShowsEveryChartAndTheKeyNumbers() throws Exception {
    String html = MonthlyUpdate.of(SeedPlans.automotivePlan(), YearMonth.of(2027, 3)).toHtml();
    check(
        "monthly-update-2027-03",
        html,
        4,
        List.of(
            "100% of the quick wins planned up to March 2027 launched (3 of 3)",
            "streak: 3 months",
            "score 0.54 (yellow), off track",
            "16.67%",
            "10.4%",
            "target 12% · ✕ off target",
            "0.8%"));
  }

  @Test
  void theFirstQuarterReviewShowsEveryChartAndTheKeyNumbers() throws Exception {
    String html = QuarterlyReview.of(SeedPlans.automotivePlan(), Quarter.parse("2027-Q1")).toHtml();
    check(
        "quarterly-review-2027-Q1",
        html,
        2,
        List.of("Urgent work: 18.42% by hours", "82.35%", "90.91%", "target 15% of hours"));
  }

  private static void check(String name, String html, int charts, List<String> numbers)
      throws Exception {
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, html, StandardCharsets.UTF_8);
    String url = file.toUri().toString();
    cdp.events.clear();
    // printed on A4: print media, the page's printable width
    layout(A4_PRINT_WIDTH, "print");
    cdp.call("Page.navigate", Map.of("url", url));
    cdp.awaitEvent("Page.loadEventFired");
    JsonNode print = measure();
    assertEquals(charts, print.path("svgs").size(), print.toString());
    for (JsonNode svg : print.path("svgs")) {
      assertTrue(svg.path("w").asDouble() > 50 && svg.path("h").asDouble() > 30, svg.toString());
      assertTrue(svg.path("left").asDouble() >= 0, svg.toString());
      assertTrue(svg.path("right").asDouble() <= A4_PRINT_WIDTH, svg + " beyond the A4 width");
    }
    assertTrue(print.path("scrollWidth").asInt() <= A4_PRINT_WIDTH, "wider than A4: " + print);
    String text = print.path("text").asString();
    for (String number : numbers) {
      assertTrue(text.contains(number), number + " not on the page:\n" + text);
    }
    // a phone: nothing wider than the screen
    layout(PHONE_WIDTH, "screen");
    JsonNode phone = measure();
    assertTrue(phone.path("scrollWidth").asInt() <= PHONE_WIDTH, "wider than a phone: " + phone);
    for (JsonNode svg : phone.path("svgs")) {
      assertTrue(svg.path("w").asDouble() > 50 && svg.path("right").asDouble() <= PHONE_WIDTH);
    }
    // a screenshot of the whole page on a laptop screen
    layout(800, "screen");
    int height = measure().path("scrollHeight").asInt();
    cdp.call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 800, "height", height, "deviceScaleFactor", 1, "mobile", false));
    JsonNode shot = cdp.call("Page.captureScreenshot", Map.of("format", "png"));
    Files.write(
        OUT.resolve(name + ".png"), Base64.getDecoder().decode(shot.path("data").asString()));

    List<String> problems = new ArrayList<>();
    for (JsonNode e : cdp.events) {
      String method = e.path("method").asString();
      JsonNode p = e.path("params");
      if (method.equals("Runtime.exceptionThrown")
          || (method.equals("Runtime.consoleAPICalled")
              && p.path("type").asString().equals("error"))
          || (method.equals("Log.entryAdded")
              && p.path("entry").path("level").asString().equals("error"))) {
        problems.add(e.toString());
      }
      if (method.equals("Network.requestWillBeSent")
          && !p.path("request").path("url").asString().equals(url)) {
        problems.add("request: " + p.path("request").path("url").asString());
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(
        cdp.events.stream()
            .anyMatch(e -> e.path("method").asString().equals("Network.requestWillBeSent")),
        "the page's own load was seen");
  }

  private static void layout(int width, String media) throws Exception {
    cdp.call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
    cdp.call("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  private static JsonNode measure() throws Exception {
    String js =
        "JSON.stringify({svgs: [...document.querySelectorAll('svg')].map(s => {"
            + " const r = s.getBoundingClientRect();"
            + " return {w: r.width, h: r.height, left: r.left, right: r.right}; }),"
            + " text: document.body.innerText,"
            + " scrollWidth: document.documentElement.scrollWidth,"
            + " scrollHeight: document.documentElement.scrollHeight})";
    JsonNode r = cdp.call("Runtime.evaluate", Map.of("expression", js, "returnByValue", true));
    return JSON.readTree(r.path("result").path("value").asString());
  }

  /** A DevTools protocol session over one WebSocket: numbered calls and the events seen. */
  private static final class Cdp implements WebSocket.Listener {
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    Cdp(HttpClient http, URI uri) {
      socket = http.newWebSocketBuilder().buildAsync(uri, this).join();
    }

    JsonNode call(String method, Map<String, ?> params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> answer = new CompletableFuture<>();
      pending.put(id, answer);
      ObjectNode message = JSON.createObjectNode();
      message.put("id", id);
      message.put("method", method);
      message.set("params", JSON.valueToTree(params));
      socket.sendText(JSON.writeValueAsString(message), true).join();
      JsonNode reply = answer.get(60, TimeUnit.SECONDS);
      if (reply.has("error")) {
        fail(method + ": " + reply.path("error"));
      }
      return reply.path("result");
    }

    void awaitEvent(String method) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (events.stream().noneMatch(e -> e.path("method").asString().equals(method))) {
        if (System.nanoTime() > deadline) {
          fail("no " + method + " within a minute");
        }
        Thread.sleep(50);
      }
    }

    void close() {
      socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        JsonNode message = JSON.readTree(partial.toString());
        partial.setLength(0);
        if (message.has("id")) {
          CompletableFuture<JsonNode> f = pending.remove(message.path("id").asInt());
          if (f != null) {
            f.complete(message);
          }
        } else {
          events.add(message);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
