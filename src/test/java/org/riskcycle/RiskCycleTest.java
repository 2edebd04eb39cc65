package org.riskcycle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * RiskCycle as it runs by default, on a fresh H2 file database of its own and a random port. Test classes with this
 * annotation and nothing else share one application context. The job executor is off: tests run due timers
 * themselves, so that nothing fires behind their back. The engine records process coverage for the tests that add
 * {@link org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:./target/test-data/h2-${random.uuid}/riskcycle",
    "camunda.bpm.job-execution.enabled=false",
    // webhook tests receive on this machine, and retry within seconds
    "riskcycle.webhooks.allow-private-networks=true", "riskcycle.webhooks.poll-interval=200ms",
    "riskcycle.webhooks.retry-base=500ms"})
@Import(ProcessEngineCoverageConfiguration.class)
public @interface RiskCycleTest {
}
