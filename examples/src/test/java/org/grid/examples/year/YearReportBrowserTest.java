package org.grid.examples.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the demo's report in headless Chromium (through Selenium and the machine's chromedriver), checks that every
 * section is drawn (present, displayed, with a non-zero size; the map's grids, the flow's tiers and a row per grid of
 * the grid scorecards too) and saves a
 * screenshot of the whole page as {@code examples/target/grid-year-report.png}. Skipped, saying why, on a machine
 * without Chromium and chromedriver ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs
 * them). Selenium is given both programs' paths, so it never looks for or downloads a browser itself.
 */
class YearReportBrowserTest {

  /** Where the screenshot goes. */
  static final Path SCREENSHOT = Path.of("target", "grid-year-report.png");

  @Test
  void everySectionOfTheReportIsDrawnInChromium() throws Exception {
    Optional<Path> browser = onPath("chromium", "chromium-browser", "google-chrome");
    Optional<Path> driverBinary = onPath("chromedriver");
    assumeTrue(browser.isPresent() && driverBinary.isPresent(),
        "no Chromium and chromedriver on this machine's PATH: the browser test of the year report is skipped "
            + "(install them with: apt-get install chromium chromium-driver)");
    SampleYear.Run run = SampleYear.demo();
    assertThat(run.exit()).as(run.err()).isZero();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1300,1000", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driverBinary.get().toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.get(SampleYear.REPORT.toAbsolutePath().toUri().toString());

      for (String id : YearReport.SECTIONS) {
        WebElement section = driver.findElement(By.id(id));
        assertThat(section.isDisplayed()).as(id + " displayed").isTrue();
        assertThat(section.getSize().getWidth()).as(id + " width").isPositive();
        assertThat(section.getSize().getHeight()).as(id + " height").isGreaterThan(60);
        assertThat(section.getText()).as(id + " text").isNotBlank();
      }
      WebElement map = driver.findElement(By.cssSelector("#map svg"));
      assertThat(map.getSize().getWidth()).isGreaterThan(300);
      assertThat(map.getSize().getHeight()).isGreaterThan(300);
      List<WebElement> grids = driver.findElements(By.cssSelector("#map path.grid"));
      assertThat(grids).hasSize(27);
      for (WebElement grid : grids) {
        assertThat(grid.getSize().getWidth() + grid.getSize().getHeight()).isPositive();
      }
      assertThat(driver.findElements(By.cssSelector("#map circle"))).hasSize(113);
      List<WebElement> tiers = driver.findElements(By.cssSelector("#flow rect.tier"));
      assertThat(tiers).hasSize(5);
      for (WebElement tier : tiers) {
        assertThat(tier.getSize().getHeight()).isPositive();
      }
      WebElement scorecardsHeading = driver.findElement(By.id("grid-scorecards"));
      assertThat(scorecardsHeading.isDisplayed()).isTrue();
      assertThat(scorecardsHeading.getText()).isEqualTo("Grid scorecards (网格考核)");
      List<WebElement> scorecards = driver.findElements(By.cssSelector("#scores table.scorecards tr.scorecard"));
      assertThat(scorecards).as("a row per grid").hasSize(27);
      for (WebElement row : scorecards) {
        assertThat(row.isDisplayed()).isTrue();
        assertThat(row.getSize().getHeight()).isPositive();
        assertThat(row.findElements(By.tagName("td"))).hasSize(9);
      }
      for (String table : List.of("#plan table", "#teams table", "#duty table.heat", "#timeliness table",
          "#scores table", "#scores table.scorecards")) {
        WebElement element = driver.findElement(By.cssSelector(table));
        assertThat(element.getSize().getHeight()).as(table).isGreaterThan(20);
      }

      long height = (Long) ((JavascriptExecutor) driver)
          .executeScript("return Math.ceil(document.documentElement.scrollHeight);");
      driver.manage().window().setSize(new Dimension(1300, (int) Math.min(height + 20, 16_000)));
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
      Files.write(SCREENSHOT, png);
      assertThat(png.length).isGreaterThan(10_000);
    } finally {
      driver.quit();
    }
  }

  private static Optional<Path> onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      Optional<Path> found = Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name))
          .filter(Files::isExecutable).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
