package io.github.sioasyncapi.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Authenticates the bearer token a client sends when it connects. The auto-configured one hands
 * the token, as a {@code BearerTokenAuthenticationToken}, to the application's
 * {@code AuthenticationManager} bean, or else to a provider of its {@code JwtDecoder} or
 * {@code OpaqueTokenIntrospector} bean (as Spring Boot's
 * {@code spring.security.oauth2.resourceserver.*} properties create them); define a bean of this
 * type to authenticate tokens otherwise.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BearerTokenAuthenticator {

	/**
	 * Authenticate a token.
	 * @param token the token, without the {@code Bearer} prefix
	 * @return the authenticated principal
	 * @throws AuthenticationException if the token is not valid
	 */
	Authentication authenticate(String token) throws AuthenticationException;

}
