package org.riskcycle.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The dashboard's page, one for all its views, and its sign-in form. */
@Controller
class DashboardPageController {

  private final String signInPage;

  DashboardPageController() {
    try {
      signInPage = new ClassPathResource("dashboard/sign-in.html").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping({"/dashboard", "/dashboard/"})
  String page() {
    return "forward:/dashboard/index.html";
  }

  /** The sign-in form, carrying the session's CSRF token, and why the user is here again if they are. */
  @GetMapping(value = "/dashboard/login", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String signIn(CsrfToken csrf, @RequestParam(required = false) String error,
      @RequestParam(required = false) String denied, @RequestParam(required = false) String expired,
      @RequestParam(required = false) String signedOut) {
    String message = error != null ? "The user name or password is wrong."
        : denied != null ? "Your account may not view the dashboard: it is for risk managers, executives and"
            + " auditors."
        : expired != null ? "The form had expired; please sign in again."
        : signedOut != null ? "You have signed out." : "";
    return signInPage.replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrf.getParameterName()))
        .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrf.getToken()))
        .replace("{{message}}", HtmlUtils.htmlEscape(message));
  }
}
