package org.grid.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BPMN model FlowableProcessBenchmark runs is grid's lifecycle: the benchmark's operation closes the request
 * with an audit history, a lapsed time limit escalates to the next tier, a dissatisfied rating reopens it.
 */
class RequestLifecycleModelTest {

  private final FlowableProcessBenchmark benchmark = new FlowableProcessBenchmark();
  private RuntimeService runtime;
  private TaskService tasks;

  @BeforeEach
  void openEngine() {
    benchmark.database = "h2";
    benchmark.setUp();
    runtime = benchmark.db.engine.getRuntimeService();
    tasks = benchmark.db.engine.getTaskService();
  }

  @AfterEach
  void closeEngine() {
    benchmark.tearDown();
  }

  @Test
  void theBenchmarksLifecycleClosesTheRequestSatisfiedWithItsAuditHistory() {
    String instance = benchmark.lifecycle();

    HistoryService history = benchmark.db.engine.getHistoryService();
    HistoricProcessInstance closed =
        history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
    assertThat(closed.getEndTime()).as("ended").isNotNull();
    assertThat(closed.getEndActivityId()).isEqualTo("closed");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).list())
        .extracting(t -> t.getTaskDefinitionKey())
        .containsExactlyInAnyOrder("accept", "resolve", "feedback", "rate");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("rating")
        .singleResult().getValue()).isEqualTo("SATISFIED");
    assertThat(runtime.createProcessInstanceQuery().count()).as("instances left running").isZero();
    assertThat(benchmark.db.engine.getManagementService().createTimerJobQuery().count()).as("timers left").isZero();
  }

  @Test
  void aLapsedAcceptLimitEscalatesToTheNextTierWhichMustAcceptIt() {
    String instance = start();
    ManagementService management = benchmark.db.engine.getManagementService();
    Job timer = management.createTimerJobQuery().processInstanceId(instance).singleResult();
    assertThat(timer).as("the accept step's time limit").isNotNull();

    management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());

    assertThat(runtime.getVariable(instance, "tier")).as("EL arithmetic gives a long").isEqualTo(1L);
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("accept");
    assertThat(management.createTimerJobQuery().processInstanceId(instance).count())
        .as("a fresh time limit at the next tier").isEqualTo(1);
  }

  @Test
  void aDissatisfiedRatingReopensTheRequestForResolution() {
    String instance = start();
    for (String step : new String[] {"accept", "resolve", "feedback"}) {
      tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).singleResult()
          .getId());
    }
    Task rate = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(rate.getAssignee()).isEqualTo("citizen");

    tasks.complete(rate.getId(), Map.of("rating", "DISSATISFIED"));

    assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
        .isEqualTo("resolve");
  }

  private String start() {
    return runtime.startProcessInstanceByKey(FlowableDatabase.PROCESS, "R1",
        Map.of("reporter", "citizen", "tier", 0, "holderUnit", "T01-V04-N1")).getId();
  }
}
