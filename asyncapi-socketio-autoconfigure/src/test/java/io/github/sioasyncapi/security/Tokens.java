/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.sioasyncapi.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * An RSA key generated for a test run, its public key as the PEM file that Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} reads, and JWTs signed
 * with it (or with another key). Public for the tests of {@code asyncapi-socketio-test}.
 */
public final class Tokens {

	private final RSAKey key;

	private final Path publicKeyFile;

	private Tokens(RSAKey key, Path publicKeyFile) {
		this.key = key;
		this.publicKeyFile = publicKeyFile;
	}

	/**
	 * Generate a key.
	 * @return the key and its tokens
	 */
	public static Tokens generate() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).generate();
			Path file = Files.createTempFile("socketio-jwt-", ".pem");
			file.toFile().deleteOnExit();
			RSAPublicKey publicKey = key.toRSAPublicKey();
			Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey.getEncoded())
					+ "\n-----END PUBLIC KEY-----\n");
			return new Tokens(key, file);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The location of the public key, for {@code public-key-location}. */
	public String publicKeyLocation() {
		return this.publicKeyFile.toUri().toString();
	}

	/** The public key, for a decoder the application builds itself. */
	RSAPublicKey publicKey() {
		try {
			return this.key.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token of a subject with scopes, valid for an hour. */
	public String valid(String subject, String scope) {
		return sign(this.key, subject, scope, Instant.now().plus(Duration.ofHours(1)));
	}

	/** A token of a subject that expires after the given time. */
	String expiringIn(String subject, Duration lifetime) {
		return sign(this.key, subject, "chat", Instant.now().plus(lifetime));
	}

	/** A token that expired an hour ago. */
	String expired(String subject) {
		return sign(this.key, subject, "chat", Instant.now().minus(Duration.ofHours(1)));
	}

	/** A token signed with a key the server does not know. */
	String signedByAnotherKey(String subject) {
		try {
			return sign(new RSAKeyGenerator(2048).generate(), subject, "chat", Instant.now().plus(Duration.ofHours(1)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(RSAKey key, String subject, String scope, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.claim("scope", scope)
			.issueTime(Date.from(expiresAt.minus(Duration.ofHours(2))))
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
