package org.zhenggai.publication;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names that appear in public URLs and receipts, drawn at random so that nothing can be found by
 * counting, and the key the public side signs with, kept in the database so every node shares it.
 */
@Component
class PublicNames {

	/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private volatile byte[] key;

	PublicNames(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A random name of the given length, e.g. {@code k7m2q9xw}. */
	String next(int length) {
		char[] name = new char[length];
		for (int i = 0; i < length; i++) {
			name[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(name);
	}

	/** A receipt number for an opinion, e.g. YJ-K7M2-Q9XW-3HTA, about 60 bits of chance. */
	String receipt() {
		String raw = next(12).toUpperCase(java.util.Locale.ROOT);
		return "YJ-" + raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	/** HMAC-SHA256 of the text under the application's public key, in hex. */
	String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private byte[] key() {
		byte[] current = key;
		if (current == null) {
			current = ownTransaction.execute(status -> {
				var stored = jdbc.sql("select secret from public_secret where name = 'signing'").query(String.class)
					.optional();
				if (stored.isPresent()) {
					return HexFormat.of().parseHex(stored.get());
				}
				byte[] fresh = new byte[32];
				random.nextBytes(fresh);
				jdbc.sql("insert into public_secret (name, secret) values ('signing', :value)")
					.param("value", HexFormat.of().formatHex(fresh)).update();
				return fresh;
			});
			key = current;
		}
		return current;
	}
}
