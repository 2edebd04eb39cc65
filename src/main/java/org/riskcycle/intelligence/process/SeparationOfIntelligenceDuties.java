package org.riskcycle.intelligence.process;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task listeners that keep authors from checking their own work, as the BPMN names them. */
@Configuration
class SeparationOfIntelligenceDuties {

  @Bean
  AuthorMayNotAct requirementAuthorMayNotAct() {
    return new AuthorMayNotAct("requirementAuthor", "the requirement");
  }

  @Bean
  AuthorMayNotAct productAuthorMayNotAct() {
    return new AuthorMayNotAct("productAuthors", "a version of this product");
  }
}
