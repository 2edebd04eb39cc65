package org.riskcycle.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Collection;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Structured variables as {@code Json}: the type Tasklist reads into forms and sends back from them. */
public final class JsonVariables {

  public static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private JsonVariables() {
  }

  public static TypedValue json(Object value) {
    return SpinValues.jsonValue(write(value)).create();
  }

  /**
   * A list the engine iterates, as a multi-instance activity's collection: a Java list stored as JSON, since a
   * {@code Json} variable is no collection to the engine.
   */
  public static TypedValue collection(Collection<String> items) {
    return Variables.objectValue(new ArrayList<>(items))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
