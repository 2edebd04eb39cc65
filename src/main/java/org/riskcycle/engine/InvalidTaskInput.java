package org.riskcycle.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion refused because of its variables. The engine answers it like a failed form field validation:
 * {@code /engine-rest} returns 400 with this message and Tasklist shows it; the completion and everything it would
 * have written roll back.
 */
public class InvalidTaskInput extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  public InvalidTaskInput(String what, List<String> problems) {
    super(problems, what + " refused: " + String.join("; ", problems));
  }
}
