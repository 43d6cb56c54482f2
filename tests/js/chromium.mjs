// Headless Chromium as every browser test and benchmark starts it: Debian's
// build (tests/setup.sh --browser) driven by playwright-core, with nothing
// that reaches the network on its own (no QUIC, updates, sync or background
// requests), so a test that sees a request to another host saw the page's.
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export async function launchChromium(executablePath = CHROMIUM) {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
