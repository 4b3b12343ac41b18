package dev.sessionhub.buildtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
* An OpenPGP signing key made for one release rehearsal and then forgotten: it lives in memory,
* reaches the signing build only through its environment, and signs nothing that is published.
*
* <p>The key is RSA with a random passphrase, exported in the armored transferable-secret-key form
* that maven-gpg-plugin's Bouncy Castle signer reads from {@code MAVEN_GPG_KEY}.
*/
public final class ThrowawayKey {

  private static final String IDENTITY = "SessionHub release rehearsal (throwaway key, never published)";
  private static final int RSA_BITS = 2048;

  private final PGPSecretKeyRing secretKeys;
  private final char[] passphrase;

  private ThrowawayKey(PGPSecretKeyRing secretKeys, char[] passphrase) {
    this.secretKeys = secretKeys;
    this.passphrase = passphrase;
  }

  /** Generates a fresh key with a fresh random passphrase. */
  public static ThrowawayKey generate() {
    SecureRandom random = new SecureRandom();
    RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
    rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), random, RSA_BITS, 80));
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    char[] passphrase = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
    try {
      PGPKeyPair pair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL,
          rsa.generateKeyPair(), new Date());
      PGPSignatureSubpacketGenerator flags = new PGPSignatureSubpacketGenerator();
      flags.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
      PGPDigestCalculator sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
      PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair,
          IDENTITY, sha1, flags.generate(), null, signerBuilder(),
          new BcPBESecretKeyEncryptorBuilder(PGPEncryptedData.AES_256, sha1).build(passphrase));
      return new ThrowawayKey(rings.generateSecretKeyRing(), passphrase);
    } catch (PGPException e) {
      throw new IllegalStateException("could not generate the throwaway OpenPGP key", e);
    }
  }

  /** The secret key, passphrase-protected, ASCII-armored: the value for {@code MAVEN_GPG_KEY}. */
  public String armoredSecretKey() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
      secretKeys.encode(armored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.US_ASCII);
  }

  /** The passphrase of the secret key: the value for {@code MAVEN_GPG_PASSPHRASE}. */
  public String passphrase() {
    return new String(passphrase);
  }

  /** The public key, to verify signatures with. */
  public PGPPublicKey publicKey() {
    return secretKeys.getPublicKey();
  }

  /** An ASCII-armored detached signature of {@code data}, as a {@code .asc} file holds it. */
  public byte[] sign(byte[] data) {
    try {
      PGPSignatureGenerator generator = new PGPSignatureGenerator(signerBuilder(), publicKey());
      generator.init(PGPSignature.BINARY_DOCUMENT, secretKeys.getSecretKey().extractPrivateKey(
          new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase)));
      generator.update(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
        generator.generate().encode(armored);
      }
      return out.toByteArray();
    } catch (PGPException e) {
      throw new IllegalStateException("could not sign with the throwaway key", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BcPGPContentSignerBuilder signerBuilder() {
    return new BcPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA256);
  }
}
