package org.riskcycle.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook URLs that would make RiskCycle call into its own network are refused unless private networks are allowed. */
class WebhookDestinationsTest {

  private final WebhookDestinations publicOnly = new WebhookDestinations(new WebhookProperties(true,
      Duration.ofSeconds(1), Duration.ofSeconds(10), 10, Duration.ofSeconds(10), false));

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost/hook", "http://10.1.2.3/hook",
      "http://192.168.0.10/hook", "http://172.16.5.5/hook", "http://169.254.169.254/latest/meta-data",
      "http://100.64.0.1/hook", "http://[fd00::1]/hook", "http://[::1]/hook", "http://0.0.0.0/hook"})
  void privateAndLocalAddressesAreRefused(String url) {
    assertThat(publicOnly.refusal(url)).as(url).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://93.184.216.34/hook", "https://user:secret@93.184.216.34/hook", "not a url",
      "/relative"})
  void onlyAbsoluteHttpUrlsWithoutCredentialsAreAccepted(String url) {
    assertThat(publicOnly.refusal(url)).as(url).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://93.184.216.34/hook", "http://8.8.8.8:8443/events"})
  void publicAddressesAreAccepted(String url) {
    assertThat(publicOnly.refusal(url)).as(url).isEmpty();
  }
}
