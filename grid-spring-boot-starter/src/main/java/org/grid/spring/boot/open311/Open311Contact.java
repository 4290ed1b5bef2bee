package org.grid.spring.boot.open311;

import org.grid.core.model.privacy.MaskedRecords;
import org.grid.core.model.privacy.PersonalData;

/**
 * What an Open311 report says about the person who submits it (报告人联系信息): every field as the client sent it,
 * each null when not sent. Personal data: it never reaches grid's storage, logs or responses; {@link
 * Open311Reporters} turns it into the reporter's person id.
 *
 * @param accountId the client's {@code account_id}: the person's account with the app
 * @param email the {@code email}
 * @param phone the {@code phone}
 * @param deviceId the {@code device_id}
 * @param firstName the {@code first_name}
 * @param lastName the {@code last_name}
 */
public record Open311Contact(
    @PersonalData(PersonalData.Kind.SENSITIVE) String accountId,
    @PersonalData(PersonalData.Kind.SENSITIVE) String email,
    @PersonalData(PersonalData.Kind.PHONE) String phone,
    @PersonalData(PersonalData.Kind.SENSITIVE) String deviceId,
    @PersonalData(PersonalData.Kind.NAME) String firstName,
    @PersonalData(PersonalData.Kind.NAME) String lastName) {

  /**
   * Returns the contact with every field masked.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return MaskedRecords.toString(this);
  }
}
