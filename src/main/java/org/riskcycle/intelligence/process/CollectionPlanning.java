package org.riskcycle.intelligence.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.riskcycle.engine.Actor;
import org.riskcycle.engine.EngineClock;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.engine.TaskInput;
import org.riskcycle.intelligence.CollectionDiscipline;
import org.riskcycle.intelligence.register.CollectionTask;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.PlannedAsset;
import org.springframework.stereotype.Component;

/**
 * Step 2, "plan the collection": the assets and partners tasked, each due by a date no later than the latest time of
 * value. Each tasking is recorded and gets its own collection task ({@code collectionTaskIds}).
 */
@Component("collectionPlanning")
class CollectionPlanning implements TaskListener {

  private final IntelligenceRegister register;

  CollectionPlanning(IntelligenceRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate latestTimeOfValue = LocalDate.parse((String) task.getVariable("latestTimeOfValue"));
    LocalDate today = EngineClock.today();
    TaskInput input = TaskInput.of(task);
    List<PlannedAsset> assets = new ArrayList<>();
    for (TaskInput asset : input.items("collectionAssets", 1, 20)) {
      String name = asset.text("asset", 200);
      CollectionDiscipline discipline = asset.code("discipline", CollectionDiscipline.class);
      LocalDate due = asset.date("dueDate");
      if (due != null && due.isBefore(today)) {
        asset.problem("dueDate", "must not be before today (" + today + ")");
      } else if (due != null && due.isAfter(latestTimeOfValue)) {
        asset.problem("dueDate", "must not be after the latest time of value (" + latestTimeOfValue + ")");
      }
      assets.add(new PlannedAsset(name, discipline, due));
    }
    input.requireValid();
    List<CollectionTask> tasks = register.planCollection((String) task.getVariable("requirementId"), assets,
        Actor.of(task), EngineClock.now());
    task.setVariable("collectionRound", tasks.get(0).round());
    task.setVariable("collectionTaskIds", JsonVariables.collection(tasks.stream()
        .map(CollectionTask::id).toList()));
  }
}
