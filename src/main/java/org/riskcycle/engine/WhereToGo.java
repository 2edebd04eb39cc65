package org.riskcycle.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started RiskCycle where to go once it is ready. */
@Component
class WhereToGo {

  private static final Logger log = LoggerFactory.getLogger(WhereToGo.class);

  @EventListener
  void on(ApplicationReadyEvent ready) {
    Environment environment = ready.getApplicationContext().getEnvironment();
    String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
    log.info("""
        RiskCycle is ready:
          Tasklist      {}/camunda/app/tasklist/
          Cockpit       {}/camunda/app/cockpit/
          Admin         {}/camunda/app/admin/
          Domain API    {}/api/v1/goals   (docs: {}/swagger-ui.html)
          Engine REST   {}/engine-rest/""", base, base, base, base, base, base);
  }
}
