// Takes the screenshots of docs/review.md with Debian's headless Chromium: logs in to a running
// review page, opens the term list (unmapped first) and a term, and saves PNGs. By hand:
//   ./notes2omop demo --review &        (prints the steward's password)
//   ./mvnw -q -pl plugin dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
//   java -cp "$(cat cp.txt)" bench/ReviewScreenshot.java http://127.0.0.1:8081 steward PASSWORD docs/images
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

public class ReviewScreenshot {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path out = Path.of(args[3]);
    Path profile = Files.createTempDirectory("review-shot");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,1700", "--hide-scrollbars",
        "--user-data-dir=" + profile);
    ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort()
        .build(), options);
    try {
      browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
      browser.get(base + "/review/login");
      browser.findElement(By.id("username")).sendKeys(args[1]);
      browser.findElement(By.id("password")).sendKeys(args[2]);
      browser.findElement(By.id("login")).click();
      browser.findElement(By.id("terms"));
      Files.write(out.resolve("review-terms.png"), browser.getScreenshotAs(OutputType.BYTES));
      browser.get(base + "/review?unmapped=true");
      browser.findElements(By.cssSelector("#terms .term-link")).get(0).click();
      browser.findElement(By.id("concept-query")).sendKeys(args.length > 4 ? args[4] : "dolor");
      Thread.sleep(1500);
      browser.executeScript("window.scrollTo(0, 0)");
      Files.write(out.resolve("review-term.png"), browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.quit();
    }
  }
}
