/**
 * The contact and supervision cards (联系卡、监督卡, 一站二卡) every household holds: {@link org.grid.cards.CardComposer}
 * composes what each card shows from a {@link org.grid.cards.CardSource} (teams, stations, pairings, the roster's
 * phones), {@link org.grid.cards.CardSheets} lays the cards out on A4 sheets as PDF (Apache PDFBox, with an embedded
 * subset of the WenQuanYi Micro Hei font) or HTML, and {@link org.grid.cards.IntakeAddress} is the county's intake
 * address the supervision card's QR code (ZXing) opens with the grid and team prefilled. PDF and QR libraries stay in
 * this module, out of the domain modules.
 */
package org.grid.cards;
