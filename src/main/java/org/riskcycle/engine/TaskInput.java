package org.riskcycle.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Reads and checks the variables a task completion or message brings, collecting every problem so that the user learns
 * all of them at once. Structured values (lists, objects) are accepted as {@code Json} variables, as Tasklist sends
 * them, or as JSON text; serialized Java objects and files are refused without being deserialized.
 */
public final class TaskInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String what;
  private final String prefix;
  private final Function<String, Object> values;
  private final List<String> problems;

  private TaskInput(String what, String prefix, Function<String, Object> values, List<String> problems) {
    this.what = what;
    this.prefix = prefix;
    this.values = values;
    this.problems = problems;
  }

  /**
   * The variables of a task being completed, named in messages as the task is in its model.
   *
   * @throws OptimisticLockingException if another transaction ended the task's process scope after this one read the
   *     task: the answers were set on a scope that is gone, and the completion is a lost race, not missing input
   */
  public static TaskInput of(DelegateTask task) {
    if (task.getExecution() == null) {
      throw new OptimisticLockingException("The process of the task '" + task.getName() + "' moved on at the same"
          + " time");
    }
    return of(task.getBpmnModelElementInstance().getName(), task);
  }

  /** The variables visible from {@code scope}; {@code what} names the task or message in messages. */
  public static TaskInput of(String what, VariableScope scope) {
    List<String> problems = new ArrayList<>();
    return new TaskInput(what, "", name -> plain(name, scope.getVariableTyped(name, false), problems), problems);
  }

  public String text(String name, int maxLength) {
    String text = optionalText(name, maxLength);
    if (text == null && !hasProblemWith(name)) {
      problem(name, "is required");
    }
    return text;
  }

  public String optionalText(String name, int maxLength) {
    Object value = values.apply(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (!(value instanceof String text)) {
      return problem(name, "must be text");
    }
    String trimmed = text.strip();
    if (trimmed.length() > maxLength) {
      return problem(name, "must be at most " + maxLength + " characters (has " + trimmed.length() + ")");
    }
    return trimmed;
  }

  public <E extends Enum<E>> E code(String name, Class<E> codes) {
    Object value = values.apply(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return problem(name, "is required");
    }
    E code = codeOf(value, codes);
    return code != null ? code : problem(name, "must be one of " + allowed(codes));
  }

  /** A non-empty list of distinct codes. */
  public <E extends Enum<E>> List<E> codes(String name, Class<E> codes) {
    List<String> texts = texts(name);
    Set<E> result = new LinkedHashSet<>();
    for (String text : texts) {
      E code = codeOf(text, codes);
      if (code == null) {
        return problem(name, "must contain only " + allowed(codes) + " (not '" + text + "')");
      }
      result.add(code);
    }
    return List.copyOf(result);
  }

  /** One of the given codes, for a vocabulary whose codes are not Java names (such as "1" to "6"). */
  public String choice(String name, List<String> codes) {
    Object value = values.apply(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return problem(name, "is required");
    }
    return value instanceof String text && codes.contains(text.strip()) ? text.strip()
        : problem(name, "must be one of " + String.join(", ", codes));
  }

  /** A list of distinct, non-blank texts, which may be missing or empty. */
  public List<String> optionalTexts(String name) {
    Object value = structured(name);
    return value == null || value instanceof List<?> list && list.isEmpty() ? List.of() : texts(name);
  }

  /** A non-empty list of distinct, non-blank texts. */
  public List<String> texts(String name) {
    Object value = structured(name);
    if (value == null) {
      return hasProblemWith(name) ? List.of() : problem(name, "is required: choose at least one", List.of());
    }
    if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
      return problem(name, "must be a list of texts", List.of());
    }
    List<String> texts = list.stream().map(String.class::cast).map(String::strip).filter(s -> !s.isEmpty())
        .distinct().toList();
    return texts.isEmpty() ? problem(name, "is required: choose at least one", List.of()) : texts;
  }

  public LocalDate date(String name) {
    Object value = values.apply(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return problem(name, "is required");
    }
    if (value instanceof String text) {
      try {
        // Tasklist's date picker sends yyyy-MM-dd; a full timestamp is cut to its date
        return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    return problem(name, "must be a date written yyyy-MM-dd");
  }

  /** An amount of money: a number, zero or more, with at most two decimals. */
  public BigDecimal money(String name) {
    Object value = values.apply(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return problem(name, "is required");
    }
    BigDecimal amount;
    try {
      amount = value instanceof Number number ? new BigDecimal(number.toString()) : new BigDecimal((String) value);
    } catch (NumberFormatException | ClassCastException e) {
      return problem(name, "must be a number");
    }
    if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 17) {
      return problem(name, "must be an amount of US dollars, zero or more, with at most two decimals");
    }
    return amount.setScale(2);
  }

  /** The objects of a list such as {@code risks}, each read with the names of its fields ({@code risks[2].title}). */
  public List<TaskInput> items(String name, int min, int max) {
    Object value = structured(name);
    if (value == null) {
      return hasProblemWith(name) ? List.of() : problem(name, "is required: add at least " + min, List.of());
    }
    if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof Map<?, ?>))) {
      return problem(name, "must be a list of objects", List.of());
    }
    if (list.size() < min || list.size() > max) {
      problem(name, "must have " + min + " to " + max + " entries (has " + list.size() + ")");
    }
    List<TaskInput> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Map<?, ?> item = (Map<?, ?>) list.get(i);
      items.add(new TaskInput(what, prefix + name + "[" + i + "].", item::get, problems));
    }
    return items;
  }

  /** A list or object, given as such or as JSON text. */
  private Object structured(String name) {
    Object value = values.apply(name);
    return value instanceof String text ? parse(prefix + name, text, problems) : value;
  }

  /** Records a problem with a value that passed the type checks but breaks a rule. */
  public <T> T problem(String name, String problem) {
    return problem(name, problem, null);
  }

  private <T> T problem(String name, String problem, T fallback) {
    problems.add(prefix + name + " " + problem);
    return fallback;
  }

  public boolean hasProblemWith(String name) {
    return problems.stream().anyMatch(p -> p.startsWith(prefix + name + " "));
  }

  /** Refuses the completion if anything was wrong. */
  public void requireValid() {
    if (!problems.isEmpty()) {
      throw new InvalidTaskInput(what, problems);
    }
  }

  private static <E extends Enum<E>> E codeOf(Object value, Class<E> codes) {
    if (value instanceof String text) {
      for (E code : codes.getEnumConstants()) {
        if (code.name().equals(text.strip())) {
          return code;
        }
      }
    }
    return null;
  }

  private static String allowed(Class<? extends Enum<?>> codes) {
    return Arrays.stream(codes.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static Object plain(String name, TypedValue typed, List<String> problems) {
    if (typed == null || typed.getValue() == null && !(typed instanceof SerializableValue)) {
      return null;
    }
    String type = typed.getType().getName();
    return switch (type) {
      case "string", "boolean", "integer", "long", "short", "double" -> typed.getValue();
      case "json" -> parse(name, jsonText((SerializableValue) typed), problems);
      default -> {
        problems.add(name + " must not be a value of type " + type);
        yield null;
      }
    };
  }

  /** A value set in this transaction is still deserialized: a Spin node whose text is the JSON. */
  private static String jsonText(SerializableValue json) {
    return json.isDeserialized() ? String.valueOf(json.getValue()) : json.getValueSerialized();
  }

  private static Object parse(String name, String json, List<String> problems) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      problems.add(name + " must be valid JSON");
      return null;
    }
  }
}
