/**
 * Personal information protection (个人信息保护), as China's Personal Information Protection Law (PIPL) expects of
 * a system that holds villagers' names, households' care tags, pairings and visit logs: {@link
 * org.grid.core.model.privacy.Masking} (脱敏) of names, phone numbers, national ID numbers and free text; {@link
 * org.grid.core.model.privacy.NationalIdNumber} (居民身份证号码) with its GB 11643-1999 check; the {@link
 * org.grid.core.model.privacy.PersonalData} mark on the model's components that hold personal or sensitive data;
 * the {@link org.grid.core.model.privacy.Purpose} (处理目的) that every clear-text accessor requires; and the {@link
 * org.grid.core.model.privacy.RetentionPolicy} (保存期限) of each kind of record.
 *
 * <p>The rule of the package: what the model prints (its {@code toString()}, its exception messages) is masked;
 * clear text is read only through a method that takes a {@code Purpose}, so that every clear read states why. This
 * package depends on the JDK and Guava only, and no other package of the model is needed to use it.
 */
package org.grid.core.model.privacy;
