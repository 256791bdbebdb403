package io.kontor.platform.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * AES-256-GCM from the JDK for one field at a time: a fresh 96-bit nonce per value (a key encrypts at
 * most a person's few fields, far below GCM's limits for random nonces), the 128-bit tag, and the field's
 * name as associated data, so a value cannot be moved to another field of the same person unnoticed.
 * Sealed values are {@code nonce || ciphertext || tag}.
 */
final class FieldCipher {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    // Looking a cipher up costs more than using it; each thread keeps one.
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no AES-GCM", e);
        }
    });

    private FieldCipher() {
    }

    static SecretKey newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key(key);
    }

    static SecretKey key(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    static byte[] seal(SecretKey key, String field, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] text = plaintext.getBytes(StandardCharsets.UTF_8);
            byte[] sealed = new byte[NONCE_BYTES + cipher.getOutputSize(text.length)];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            cipher.doFinal(text, 0, text.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt " + field, e);
        }
    }

    /** The plaintext; a value that fails its tag (changed behind Kontor's back, or another key) is refused. */
    static String open(SecretKey key, String field, byte[] sealed) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the encrypted " + field + " fails its authentication tag", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt " + field, e);
        }
    }
}
