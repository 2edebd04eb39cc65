package org.riskcycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.springframework.beans.factory.annotation.Value;

/** A body over 1 MB is refused with 413 on the domain API, whether its length is declared or it comes in chunks. */
@RiskCycleTest
class RequestBodyLimitTest {

  @Value("${local.server.port}")
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void declaredBodyOverOneMegabyteIsRefused() throws Exception {
    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(titleOf(1_100_000)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("urn:riskcycle:problem:payload-too-large");
  }

  @Test
  void chunkedBodyOverOneMegabyteIsRefused() throws Exception {
    byte[] body = titleOf(1_100_000).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(body)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("urn:riskcycle:problem:payload-too-large");
  }

  @Test
  void bodyJustUnderTheLimitIsRead() throws Exception {
    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(titleOf(1_000_000)));

    assertThat(response.statusCode()).as("read and refused as invalid, not as too large").isEqualTo(400);
    assertThat(response.body()).contains("urn:riskcycle:problem:invalid-request");
  }

  private static String titleOf(int length) {
    return "{\"title\": \"" + "x".repeat(length) + "\"}";
  }

  private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assessments"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("planner:planner".getBytes()))
        .POST(body).build(), HttpResponse.BodyHandlers.ofString());
  }
}
