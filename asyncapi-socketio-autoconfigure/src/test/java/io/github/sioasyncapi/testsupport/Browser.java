/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.sioasyncapi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (the same version, from the
 * same source package), with a fresh profile. Nothing is downloaded: the driver and the browser
 * are given by path, so Selenium Manager never runs.
 * <p>
 * Every console message and every network request of the page is recorded (chromedriver's
 * {@code browser} and {@code performance} logs), so tests can fail on any console error and
 * on any request that leaves the machine; host names other than {@code localhost} do not
 * resolve at all. Without the browser or the driver, tests are skipped with a message (see
 * {@link Installed}), unless the environment variable {@code CI} is {@code true}: then they
 * fail.
 */
public final class Browser implements AutoCloseable {

	/** The longest any wait lasts. */
	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	static final Path CHROMIUM = Path.of(System.getProperty("viewer.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("viewer.chromedriver", "/usr/bin/chromedriver"));

	private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost");

	private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss");

	/** Schemes of requests the browser answers itself, without the network. */
	private static final Set<String> BROWSER_SCHEMES = Set.of("data", "blob", "about", "chrome");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChromeDriver driver;

	private final Path profile;

	private final List<String> requests = new ArrayList<>();

	private final List<String> console = new ArrayList<>();

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Start a browser with a window (and viewport) of the given size.
	 * @param width the width in CSS pixels
	 * @param height the height in CSS pixels
	 * @return the browser
	 */
	public static Browser start(int width, int height) {
		String missing = missing();
		if (missing != null) {
			Assertions.fail(missing);
		}
		Path profile;
		try {
			profile = Files.createTempDirectory("viewer-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
				"--window-size=" + width + "," + height, "--force-device-scale-factor=1", "--lang=en-US",
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
		// dialogs stay open, so that a test can see them
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
		options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogLevel(org.openqa.selenium.chromium.ChromiumDriverLogLevel.OFF)
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
		// the window size includes the browser's own bars: make the viewport the size asked for
		List<?> inner = (List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
		Dimension window = driver.manage().window().getSize();
		driver.manage()
			.window()
			.setSize(new Dimension(window.getWidth() + width - ((Number) inner.get(0)).intValue(),
					window.getHeight() + height - ((Number) inner.get(1)).intValue()));
		return new Browser(driver, profile);
	}

	/** What is missing to run the browser tests, or {@code null} when nothing is. */
	private static String missing() {
		List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter((path) -> !Files.isExecutable(path))
			.map(Path::toString)
			.toList();
		return missing.isEmpty() ? null : "Browser tests need Debian's chromium and chromium-driver packages (apt-get "
				+ "install chromium chromium-driver); missing: " + String.join(", ", missing);
	}

	/**
	 * Skips the tests of a class, with the reason, when the browser or its driver is missing
	 * and the environment variable {@code CI} is not {@code true}. In CI they run (and fail
	 * without a browser). Evaluated for the class, before any Spring context is created.
	 */
	public static final class Installed implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String missing = missing();
			if (missing == null) {
				return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
			}
			if ("true".equals(System.getenv("CI"))) {
				return ConditionEvaluationResult.enabled("CI=true: the browser tests must run");
			}
			return ConditionEvaluationResult.disabled(missing + ". Skipped outside CI (CI is not 'true').");
		}

	}

	/**
	 * Open a page and wait until the viewer has rendered the document.
	 * @param url the page
	 */
	public void openViewer(String url) {
		this.driver.get(url);
		await("the viewer renders the document", () -> !this.driver.findElements(By.cssSelector("#app[aria-busy=false]"))
			.isEmpty());
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	public Object asyncScript(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeAsyncScript(script, args);
	}

	/**
	 * Open every closed {@code <details>} element that matches a selector, round after round,
	 * since the viewer builds a schema node's children when it opens; at most 20 rounds.
	 * @param detailsSelector the CSS selector of the elements
	 * @return the number of rounds it took
	 */
	public int expandAll(String detailsSelector) {
		Object rounds = asyncScript("""
				const selector = arguments[0];
				const done = arguments[arguments.length - 1];
				let round = 0;
				const step = () => {
				  const closed = [...document.querySelectorAll(selector + ':not([open])')];
				  if (closed.length === 0 || round === 20) { done(round); return; }
				  round += 1;
				  closed.forEach((node) => { node.open = true; });
				  setTimeout(step, 20);
				};
				step();""", detailsSelector);
		return ((Number) rounds).intValue();
	}

	/**
	 * Wait until the condition holds, at most {@link #TIMEOUT}.
	 * @param what what is awaited, for the failure message
	 * @param condition the condition
	 */
	public void await(String what, Supplier<Boolean> condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!Boolean.TRUE.equals(condition.get())) {
			if (System.nanoTime() > deadline) {
				Assertions.fail("Timed out after " + TIMEOUT.toSeconds() + " s waiting until " + what
						+ "; console: " + consoleMessages());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				Assertions.fail("Interrupted while waiting until " + what);
			}
		}
	}

	/**
	 * Every console message of the browser so far, as {@code LEVEL message}.
	 * @return the messages
	 */
	public List<String> consoleMessages() {
		for (LogEntry entry : this.driver.manage().logs().get("browser")) {
			this.console.add(entry.getLevel() + " " + entry.getMessage());
		}
		return List.copyOf(this.console);
	}

	/**
	 * The URLs of every request the pages made so far, websockets included.
	 * @return the URLs
	 */
	public List<String> requests() {
		for (LogEntry entry : this.driver.manage().logs().get("performance")) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			String method = message.path("method").asString("");
			JsonNode params = message.path("params");
			if (method.equals("Network.requestWillBeSent")) {
				this.requests.add(params.path("request").path("url").asString());
			}
			else if (method.equals("Network.webSocketCreated")) {
				this.requests.add(params.path("url").asString());
			}
		}
		return List.copyOf(this.requests);
	}

	/**
	 * Checks that the browser logged no error or warning, opened no dialog and sent no request
	 * to another host than {@code 127.0.0.1} or {@code localhost}.
	 */
	public void assertQuietAndLocal() {
		assertNoDialog();
		assertThat(consoleMessages()).as("console messages at WARNING or SEVERE")
			.filteredOn((message) -> message.startsWith(Level.SEVERE.getName())
					|| message.startsWith(Level.WARNING.getName()))
			.isEmpty();
		List<String> requests = requests();
		assertThat(requests).as("requests").isNotEmpty();
		assertThat(requests).as("requests that leave the machine").filteredOn((url) -> !isLocal(url)).isEmpty();
	}

	private static boolean isLocal(String url) {
		URI uri = URI.create(url);
		String scheme = String.valueOf(uri.getScheme()).toLowerCase(java.util.Locale.ROOT);
		return BROWSER_SCHEMES.contains(scheme)
				|| (NETWORK_SCHEMES.contains(scheme) && LOCAL_HOSTS.contains(uri.getHost()));
	}

	public void assertNoDialog() {
		try {
			String text = this.driver.switchTo().alert().getText();
			Assertions.fail("The page opened a dialog: " + text);
		}
		catch (NoAlertPresentException ex) {
			// as expected
		}
	}

	/**
	 * Save a screenshot of the viewport as PNG.
	 * @param file the file
	 */
	public void screenshot(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

}
