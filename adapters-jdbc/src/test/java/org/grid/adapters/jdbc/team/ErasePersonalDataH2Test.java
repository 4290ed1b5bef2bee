package org.grid.adapters.jdbc.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.grid.adapters.jdbc.JdbcUnitOfWork;
import org.grid.adapters.jdbc.MigratedDatabase;
import org.grid.adapters.jdbc.TestDatabase;
import org.grid.core.application.ErasePersonalDataService;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.PartyMembership;
import org.grid.core.model.team.Person;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Role;
import org.grid.core.port.in.ErasePersonalDataCommand;
import org.grid.core.port.in.ErasePersonalDataUseCase;
import org.grid.core.port.out.PersonalDataEraser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The erasure use case over the JDBC adapter: the roster and every eraser in one transaction. */
class ErasePersonalDataH2Test {

  @RegisterExtension
  static final MigratedDatabase database = MigratedDatabase.h2();

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final TownshipId T = TownshipId.of("T1");
  private static final PersonId WANG = PersonId.of("T1-V1-P01");
  private static final Purpose GROUND = Purpose.of("retention period of persons passed");

  private JdbcUnitOfWork unitOfWork;
  private JdbcPersonRepository people;
  private Person wang;

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  @BeforeEach
  void storeWang() {
    database.deleteAll(TestDatabase.TEAM_TABLES);
    unitOfWork = new JdbcUnitOfWork(database.dataSource());
    people = new JdbcPersonRepository(unitOfWork);
    wang = Person.of(WANG, "王小明", VillageId.of("T1-V1"), PartyMembership.WITH_POST, List.of(Role.VILLAGE_CADRE))
        .livingIn(UnitId.of("T1-V1-G1"));
    people.save(T, wang);
  }

  private ErasePersonalDataService service(PersonalDataEraser... erasers) {
    return new ErasePersonalDataService(people, List.of(erasers), unitOfWork, VALIDATION.getValidator());
  }

  private static PersonalDataEraser eraser(String name, Runnable work) {
    return new PersonalDataEraser() {
      @Override public String name() { return name; }
      @Override public int erase(TownshipId township, PersonId person) {
        work.run();
        return 1;
      }
    };
  }

  @Test
  void theRosterIsErasedAndEveryEraserRunsInTheSameTransaction() {
    boolean[] inTransaction = {false};
    ErasePersonalDataUseCase.Outcome outcome = service(eraser("requests", () -> inTransaction[0] =
        unitOfWork.inUnitOfWork())).erase(new ErasePersonalDataCommand(T, WANG, GROUND));

    assertThat(outcome).isEqualTo(
        new ErasePersonalDataUseCase.Erased(WANG, ImmutableMap.of("roster", 1, "requests", 1)));
    assertThat(inTransaction[0]).isTrue();
    assertThat(people.findVersioned(T, WANG).orElseThrow().value()).isEqualTo(wang.erased());
    assertThat(people.findVersioned(T, WANG).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aFailingEraserLeavesTheRosterAsItWas() {
    ErasePersonalDataService service = service(eraser("requests", () -> {
      throw new IllegalStateException("the request store is down");
    }));

    assertThatThrownBy(() -> service.erase(new ErasePersonalDataCommand(T, WANG, GROUND)))
        .hasMessageContaining("the request store is down");
    assertThat(people.findVersioned(T, WANG).orElseThrow().value()).isEqualTo(wang);
    assertThat(people.findVersioned(T, WANG).orElseThrow().version()).isEqualTo(1);
  }
}
