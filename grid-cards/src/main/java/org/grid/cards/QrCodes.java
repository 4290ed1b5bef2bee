package org.grid.cards;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The supervision card's QR code (二维码), as the modules ZXing encodes; the sheets draw them as vector squares. */
final class QrCodes {

  /** The quiet zone around the code, in modules: the four the QR specification asks for. */
  static final int QUIET_ZONE = 4;

  private QrCodes() {}

  /**
   * Encodes text with error correction level M (15 %), enough for a card that is folded or worn.
   *
   * @return the modules, without the quiet zone
   */
  static BitMatrix encode(String text) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
          EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("the intake address is too long for a QR code (" + text.length()
          + " characters)", e);
    }
  }
}
