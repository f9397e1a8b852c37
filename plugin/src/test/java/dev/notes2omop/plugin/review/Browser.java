package dev.notes2omop.plugin.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile. Never downloads a
 * browser: when Chromium or its driver is missing the test fails saying what to install (the
 * plugin's build installs them itself when it runs as root).
 */
final class Browser {

  static final Path CHROMIUM = Path.of(System.getProperty("review.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("review.chromedriver", "/usr/bin/chromedriver"));

  private Browser() {}

  /** A new headless browser; close it with {@code quit()}. */
  static ChromeDriver open(Path profile) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new AssertionError(
          "the review page's browser tests need Debian's Chromium and its driver ("
              + CHROMIUM
              + ", "
              + DRIVER
              + "): install them with  apt-get install -y chromium chromium-driver  (as root),"
              + " or name others with -Dreview.chromium=PATH -Dreview.chromedriver=PATH");
    }
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }
}
