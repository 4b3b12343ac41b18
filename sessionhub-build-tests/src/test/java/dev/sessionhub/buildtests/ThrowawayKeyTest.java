package dev.sessionhub.buildtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A throwaway key")
class ThrowawayKeyTest {

  private static final ThrowawayKey FIRST = ThrowawayKey.generate();
  private static final ThrowawayKey SECOND = ThrowawayKey.generate();

  private static PGPSecretKeyRing read(String armored) throws IOException, PGPException {
    try (InputStream in = PGPUtil.getDecoderStream(
        new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
      return new PGPSecretKeyRing(in, new BcKeyFingerprintCalculator());
    }
  }

  @Test
  @DisplayName("exports an armored secret key that opens with its passphrase and no other")
  void exportsProtectedKey() throws Exception {
    ThrowawayKey key = FIRST;
    String armored = key.armoredSecretKey();
    PGPSecretKeyRing ring = read(armored);

    assertThat(armored).startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----");
    assertThat(ring.getPublicKey().getKeyID()).isEqualTo(key.publicKey().getKeyID());
    assertThat(ring.getSecretKey().extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(
        new BcPGPDigestCalculatorProvider()).build(key.passphrase().toCharArray()))).isNotNull();
    assertThatThrownBy(() -> ring.getSecretKey().extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(
        new BcPGPDigestCalculatorProvider()).build("not the passphrase".toCharArray())))
        .isInstanceOf(PGPException.class);
    assertThat(ring.getPublicKey().getUserIDs().next()).contains("throwaway");
  }

  @Test
  @DisplayName("is new each time, passphrase included")
  void isNewEachTime() {
    assertThat(FIRST.publicKey().getKeyID()).isNotEqualTo(SECOND.publicKey().getKeyID());
    assertThat(FIRST.passphrase()).isNotEqualTo(SECOND.passphrase()).hasSizeGreaterThanOrEqualTo(32);
  }
}
