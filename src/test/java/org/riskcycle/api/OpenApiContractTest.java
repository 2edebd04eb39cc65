package org.riskcycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document is the integrators' contract: every operation of the domain API is in it, each with an
 * example response and, where it takes a body, an example request. An operation added without its documentation
 * fails here, named.
 */
@RiskCycleTest
class OpenApiContractTest {

  private static final String API = "/api/";

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Test
  void everyOperationOfTheApiIsInTheDocument() throws Exception {
    Set<String> documented = documentedOperations(apiDocs().path("paths"));
    Map<String, String> handled = handledOperations();

    assertThat(handled).as("handler methods under %s", API).isNotEmpty();
    List<String> missing = handled.entrySet().stream()
        .filter(operation -> !documented.contains(operation.getKey())).map(Map.Entry::getValue).toList();
    assertThat(missing).as("operations missing from /v3/api-docs, which has %s", documented).isEmpty();
  }

  @Test
  void everyOperationHasAnExampleResponseAndAnExampleRequestBody() throws Exception {
    JsonNode paths = apiDocs().path("paths");
    List<String> problems = new ArrayList<>();
    paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
      String name = operation.getKey().toUpperCase() + " " + path.getKey();
      boolean responseExample = false;
      for (JsonNode response : operation.getValue().path("responses")) {
        responseExample |= hasExample(response.path("content"));
        checkJsonExamples(name, response.path("content"), problems);
      }
      if (!responseExample) {
        problems.add(name + " has no example response");
      }
      JsonNode requestBody = operation.getValue().path("requestBody");
      if (!requestBody.isMissingNode() && !hasExample(requestBody.path("content"))) {
        problems.add(name + " has no example request body");
      }
      checkJsonExamples(name, requestBody.path("content"), problems);
    }));

    assertThat(paths.size()).isPositive();
    assertThat(problems).isEmpty();
  }

  @Test
  void theDocumentNeedsALogin() {
    assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private JsonNode apiDocs() throws Exception {
    ResponseEntity<String> response = http.withBasicAuth("auditor", "auditor").getForEntity("/v3/api-docs",
        String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  /** "GET /api/v1/goals/{}" for each operation of the document. */
  private static Set<String> documentedOperations(JsonNode paths) {
    Set<String> operations = new TreeSet<>();
    paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
        operations.add(method.toUpperCase() + " " + normalized(path.getKey()))));
    return operations;
  }

  /**
   * For each method and pattern of each handler method under {@code /api/}: "GET /api/v1/goals/{}", and the same
   * with the variables' names and the handler method, to name it.
   */
  private Map<String, String> handledOperations() {
    Map<String, String> operations = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlerMapping.getHandlerMethods().entrySet()) {
      Set<RequestMethod> methods = handler.getKey().getMethodsCondition().getMethods();
      for (String pattern : handler.getKey().getPatternValues()) {
        if (!pattern.startsWith(API)) {
          continue;
        }
        assertThat(methods).as("%s on %s declares no HTTP method", handler.getValue(), pattern).isNotEmpty();
        methods.forEach(method -> operations.put(method.name() + " " + normalized(pattern),
            method.name() + " " + pattern + " (" + handler.getValue().getBeanType().getSimpleName() + "#"
                + handler.getValue().getMethod().getName() + ")"));
      }
    }
    return operations;
  }

  /** A path with its variables unnamed, since the document and the handler may name them differently. */
  private static String normalized(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }

  private static boolean hasExample(JsonNode content) {
    for (JsonNode mediaType : content) {
      if (mediaType.has("example") || !mediaType.path("examples").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A JSON example that is not valid JSON is in the document as a string: it would show integrators text, not the
   * body. A problem's type is one of RiskCycle's.
   */
  private static void checkJsonExamples(String operation, JsonNode content, List<String> problems) {
    content.fields().forEachRemaining(mediaType -> {
      if (!mediaType.getKey().endsWith("json")) {
        return;
      }
      mediaType.getValue().path("examples").fields().forEachRemaining(example -> {
        JsonNode value = example.getValue().path("value");
        if (!value.isContainerNode()) {
          problems.add(operation + ": example '" + example.getKey() + "' (" + mediaType.getKey()
              + ") is not JSON");
        } else if (mediaType.getKey().equals("application/problem+json")
            && !value.path("type").asText().startsWith("urn:riskcycle:problem:")) {
          problems.add(operation + ": example '" + example.getKey() + "' has no RiskCycle problem type");
        }
      });
    });
  }
}
