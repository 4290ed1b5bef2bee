package org.grid.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.grid.core.model.team.PersonId;
import org.junit.jupiter.api.Test;

class RowMappingExceptionTest {

  private static final String ID_NUMBER = "110101199003077774";

  @Test
  void theMessageNamesTableRowAndColumnAndMasksIdAndPhoneNumbers() {
    RowMappingException e = new RowMappingException("grid_person", "T1/" + ID_NUMBER, "name",
        "'王小明 13812341234': is not what the model accepts");

    assertThat(e.getMessage()).isEqualTo(
        "grid_person row T1/1101**********7774, column name: '王小明 138****1234': is not what the model accepts");
    assertThat(e.rowId()).isEqualTo("T1/" + ID_NUMBER);
  }

  @Test
  void aStoredPersonIdThatIsANationalIdNumberIsNamedWithoutIt() {
    RowMappingException e = null;
    try {
      Sql.mapped("grid_person", "T1/" + ID_NUMBER, "id", ID_NUMBER, PersonId::of);
    } catch (RowMappingException thrown) {
      e = thrown;
    }

    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .doesNotContain(ID_NUMBER)
        .contains("column id")
        .contains("personId must not be a national ID number (GB 11643); use a pseudonymous id");
  }
}
