/**
 * Household pairing (联系结对, section 3 of the rulebook): every household paired with a party member, cadre or
 * villager representative of its village, at most 15 households each by default, nearer pairers first; coverage
 * and every unpaired household with its reason.
 */
package org.grid.core.model.pairing;
