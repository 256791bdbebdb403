package io.kontor.query.integrity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Ed25519 signatures of checkpoints, with keys from configuration: {@code kontor.integrity.signing.private-key}
 * (PKCS#8, base64) on the nodes that take checkpoints, {@code kontor.integrity.signing.public-key} (X.509,
 * base64) wherever the log is verified. The private key never enters the database, so someone who can
 * rewrite the database can still not forge a checkpoint. A private key without its public key, or with
 * another one, stops the service at start.
 */
@Component
public class CheckpointSignatures {

    private static final byte[] DOMAIN = "kontor/checkpoint/v1".getBytes(StandardCharsets.UTF_8);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public CheckpointSignatures(@Value("${kontor.integrity.signing.private-key:}") String privateKey,
                                @Value("${kontor.integrity.signing.public-key:}") String publicKey) {
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            this.privateKey = privateKey.isBlank() ? null
                    : keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey.strip())));
            this.publicKey = publicKey.isBlank() ? null
                    : keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.strip())));
            this.keyId = this.publicKey == null ? null
                    : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.publicKey.getEncoded()), 0, 8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("kontor.integrity.signing: not a base64 Ed25519 key (" + e.getMessage() + ")", e);
        }
        if (this.privateKey != null && (this.publicKey == null
                || !verify(0, 0, new byte[32], sign(0, 0, new byte[32])).orElse(false))) {
            throw new IllegalStateException("kontor.integrity.signing.private-key needs its own public key in "
                    + "kontor.integrity.signing.public-key, so that every node can check what it signs");
        }
    }

    /** The signature of a checkpoint, or null when no private key is configured. */
    public byte[] sign(long position, long events, byte[] logHash) {
        if (privateKey == null) {
            return null;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message(position, events, logHash));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    /** Whether the signature is right; empty when no public key is configured to tell. */
    public Optional<Boolean> verify(long position, long events, byte[] logHash, byte[] signed) {
        if (publicKey == null) {
            return Optional.empty();
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(message(position, events, logHash));
            return Optional.of(signed != null && signature.verify(signed));
        } catch (GeneralSecurityException e) {
            return Optional.of(false);
        }
    }

    /** The first 8 bytes of the public key's SHA-256, stored with each signature; null without a key. */
    public String keyId() {
        return keyId;
    }

    private static byte[] message(long position, long events, byte[] logHash) {
        return ByteBuffer.allocate(DOMAIN.length + 16 + logHash.length).put(DOMAIN).putLong(position).putLong(events)
                .put(logHash).array();
    }
}
