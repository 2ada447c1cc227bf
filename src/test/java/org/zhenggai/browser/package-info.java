/**
 * The browser suite: Zhenggai's pages driven in a headless Chromium through WebDriver, as an
 * inspection office and a department use them.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} packages ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); nothing is downloaded. Without them the suite is skipped, except
 * on CI ({@code CI=true}), where it fails. Run it alone with
 * {@code mvn verify -Dit.test='org.zhenggai.browser.**' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false};
 * each page a test looks at is saved under {@code target/screenshots/<database>/<test>/}.
 * <p>
 */
package org.zhenggai.browser;
