package dev.notes2omop.plugin.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.SynthRecord;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real browser (Debian's headless Chromium): log in, filter, open a term,
 * search a concept, remap it and see the derived rows move in PostgreSQL; bulk approve; a viewer
 * cannot decide; a mention correction becomes a training record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPageIT {

  private Path tmp;
  private ReviewFixture fixture;
  private ReviewServer server;
  private ChromeDriver browser;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    tmp = dir;
    fixture = new ReviewFixture(tmp);
    server = ReviewServer.start(fixture.site, "127.0.0.1", 0);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open(tmp.resolve("profile-" + System.nanoTime()));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private void logIn(String user) {
    browser.get(url("/review"));
    assertThat(browser.getCurrentUrl()).contains("/review/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(ReviewFixture.PASSWORD);
    browser.findElement(By.id("login")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("terms")));
    assertThat(browser.findElement(By.id("user")).getText()).isEqualTo(user);
  }

  private List<String> termsShown() {
    return browser.findElements(By.cssSelector("#terms .term-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void aWrongPasswordDoesNotLogIn() {
    browser.get(url("/review"));
    browser.findElement(By.id("username")).sendKeys(ReviewFixture.STEWARD);
    browser.findElement(By.id("password")).sendKeys("not-the-password");
    browser.findElement(By.id("login")).click();
    assertThat(browser.findElement(By.id("error")).getText()).contains("Wrong name or password");
    browser.get(url("/review/term?key=aspirina&label=CONDITION"));
    assertThat(browser.getCurrentUrl()).contains("/review/login");
  }

  @Test
  void aStewardFiltersUnmappedSearchesAConceptAndRemapsWhichMovesTheRows() throws Exception {
    logIn(ReviewFixture.STEWARD);
    assertThat(termsShown()).contains("hipertensión", "aspirina", "metformina", "dolor torácico");

    browser.findElement(By.id("unmapped")).click();
    browser.findElement(By.id("apply")).click();
    assertThat(termsShown()).containsExactly("dolor torácico");

    browser.findElement(By.linkText("dolor torácico")).click();
    assertThat(browser.findElement(By.id("term")).getText()).isEqualTo("dolor torácico");
    assertThat(browser.findElements(By.cssSelector("#snippets mark")))
        .extracting(WebElement::getText)
        .containsOnly("dolor torácico")
        .hasSize(2);
    assertThat(browser.findElement(By.id("snippets")).getText()).contains("negated");

    // htmx: typing fills the results without leaving the page
    browser.findElement(By.id("concept-query")).sendKeys(String.valueOf(fixture.otherCondition));
    WebElement remap =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(
                        "#results button[data-concept='" + fixture.otherCondition + "']")));
    assertThat(browser.getCurrentUrl()).doesNotContain("q=");
    remap.click();

    assertThat(browser.findElement(By.id("message")).getText()).contains("decided: remapped");
    assertThat(browser.findElement(By.id("term-state")).getText()).isEqualTo("remapped");
    assertThat(browser.findElement(By.id("current-id")).getText())
        .isEqualTo(String.valueOf(fixture.otherCondition));
    assertThat(browser.findElements(By.cssSelector("#history .history-row"))).hasSize(1);
    assertThat(fixture.nlpConcepts(ReviewFixture.CHEST_PAIN))
        .containsExactly(fixture.otherCondition, fixture.otherCondition);
    assertThat(fixture.derivedConcepts(ReviewFixture.CHEST_PAIN, "condition_occurrence"))
        .containsExactly(fixture.otherCondition);

    // then to a drug: the derived row moves to DRUG_EXPOSURE
    browser.findElement(By.id("kind-remap")).click();
    browser.findElement(By.id("concept-id")).sendKeys(String.valueOf(fixture.drug));
    browser.findElement(By.id("decide-button")).click();
    assertThat(browser.findElement(By.id("message")).getText()).contains("1 removed, 1 inserted");
    assertThat(fixture.derivedConcepts(ReviewFixture.CHEST_PAIN, "condition_occurrence")).isEmpty();
    assertThat(fixture.derivedConcepts(ReviewFixture.CHEST_PAIN, "drug_exposure"))
        .containsExactly(fixture.drug);
  }

  @Test
  void anUnknownConceptGetsAClearMessageAndChangesNothing() throws Exception {
    logIn(ReviewFixture.STEWARD);
    browser.get(url("/review/term?key=metformina&label=DRUG"));
    browser.findElement(By.id("kind-remap")).click();
    browser.findElement(By.id("concept-id")).sendKeys("987654321");
    browser.findElement(By.id("decide-button")).click();
    assertThat(browser.findElement(By.id("error")).getText()).contains("987654321");
    assertThat(fixture.derivedConcepts(ReviewFixture.METFORMIN, "drug_exposure"))
        .containsExactly(fixture.drug, fixture.drug);
  }

  @Test
  void aStewardBulkApprovesTheSelectedTerms() throws Exception {
    logIn(ReviewFixture.STEWARD);
    new Select(browser.findElement(By.id("domain"))).selectByValue("DRUG");
    browser.findElement(By.id("apply")).click();
    assertThat(termsShown()).containsExactly("metformina");
    for (WebElement pick : browser.findElements(By.cssSelector("#terms input.pick"))) {
      pick.click();
    }
    browser.findElement(By.id("bulk-approve")).click();

    assertThat(browser.findElement(By.id("message")).getText()).startsWith("1 decided");
    assertThat(
            fixture.ints(
                "SELECT target_concept_id FROM cdm.source_to_concept_map WHERE source_code = ?"
                    + " AND source_vocabulary_id = 'NOTES2OMOP' AND ? IS NOT NULL",
                ReviewFixture.METFORMIN))
        .containsExactly(fixture.drug);
    assertThat(
            fixture.ints(
                "SELECT version FROM notes2omop.term_review WHERE folded_key = ? AND label = ?"
                    + " AND state = 'APPROVED'",
                ReviewFixture.METFORMIN))
        .containsExactly(1);
  }

  @Test
  void aViewerSeesTermsButCannotDecide() throws Exception {
    logIn(ReviewFixture.VIEWER);
    assertThat(browser.findElements(By.id("bulk-approve"))).isEmpty();
    browser.findElement(By.linkText("hipertensión")).click();
    assertThat(browser.findElements(By.id("decide"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("button.remap"))).isEmpty();
    assertThat(browser.findElement(By.id("viewer-note")).getText()).contains("only stewards");

    // a decision posted anyway, with the page's own CSRF token, is refused
    Object status =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const body = new URLSearchParams({key: 'hipertension', label: 'CONDITION',"
                + " kind: 'NO_CONCEPT', version: '0', _csrf: arguments[0]});"
                + "fetch('/review/decide', {method: 'POST', body: body, redirect: 'manual'})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));",
            csrfToken());
    assertThat(status).isEqualTo(403L);
    assertThat(fixture.nlpConcepts(ReviewFixture.HTA)).containsOnly(ReviewFixture.HYPERTENSION);
  }

  /** The CSRF token of the page's logout form. */
  private String csrfToken() {
    return browser
        .findElement(By.cssSelector("header form input[name='_csrf']"))
        .getDomProperty("value");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    logIn(ReviewFixture.STEWARD);
    Object status =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const body = new URLSearchParams({key: 'hipertension', label: 'CONDITION',"
                + " kind: 'NO_CONCEPT', version: '0'});"
                + "fetch('/review/decide', {method: 'POST', body: body, redirect: 'manual'})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));");
    assertThat(status).isEqualTo(403L);
    assertThat(fixture.nlpConcepts(ReviewFixture.HTA)).containsOnly(ReviewFixture.HYPERTENSION);
  }

  @Test
  void aMentionCorrectionBecomesATrainingRecord() throws Exception {
    logIn(ReviewFixture.STEWARD);
    browser.get(url("/review/term?key=dolor%20toracico&label=CONDITION"));
    WebElement first = browser.findElements(By.cssSelector("#snippets .snippet")).get(0);
    first.findElement(By.tagName("summary")).click();
    new Select(first.findElement(By.cssSelector("select.correction-kind")))
        .selectByValue("BOUNDARY");
    first.findElement(By.cssSelector("input.correction-text")).sendKeys("dolor torácico opresivo");
    first.findElement(By.cssSelector("button.correction-save")).click();
    assertThat(browser.findElement(By.id("message")).getText()).contains("training record");

    StringWriter out = new StringWriter();
    CorrectionExport.write(fixture.dataSource, fixture.schemas, out);
    List<SynthRecord> records =
        out.toString()
            .lines()
            .map(RecordCodec::fromJson)
            .filter(r -> r.meta().template().equals("review.boundary"))
            .toList();
    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text()).contains("Refiere dolor torácico opresivo.");
              assertThat(r.entities())
                  .anySatisfy(
                      e -> {
                        assertThat(e.text()).isEqualTo("dolor torácico opresivo");
                        assertThat(e.label().name()).isEqualTo("CONDITION");
                      });
              assertThat(r.tags()).contains("B-CONDITION", "I-CONDITION");
              assertThat(r.meta().generator()).isEqualTo("steward-review");
            });
  }
}
