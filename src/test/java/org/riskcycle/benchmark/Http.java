package org.riskcycle.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;

/** HTTP Basic calls to one node, as an integrator's client makes them (demo users: password = user id). */
final class Http {

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-http");
        thread.setDaemon(true);
        return thread;
      })).build();
  private final String base;

  Http(int port) {
    this.base = "http://localhost:" + port;
  }

  HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
    return client.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String user, String path, String json) throws IOException, InterruptedException {
    return client.send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
  }
}
