package org.riskcycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RiskCycleApplication {

  public static void main(String[] args) {
    SpringApplication.run(RiskCycleApplication.class, args);
  }
}
