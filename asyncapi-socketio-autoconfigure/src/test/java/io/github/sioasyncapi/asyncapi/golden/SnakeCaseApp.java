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

package io.github.sioasyncapi.asyncapi.golden;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sioasyncapi.annotation.Emits;
import io.github.sioasyncapi.annotation.OnEvent;
import io.github.sioasyncapi.annotation.SocketIoController;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * An application whose Jackson mapper names properties in snake_case
 * ({@code spring.jackson.property-naming-strategy=SNAKE_CASE}, set by the test), with an
 * explicit {@code @JsonProperty} name and a JavaBean.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SnakeCaseApp.ProfileController.class)
public class SnakeCaseApp {

	/** The naming strategy property this application runs with. */
	public static final String NAMING = "--spring.jackson.property-naming-strategy=SNAKE_CASE";

	public record UpdateProfile(@NotBlank @Schema(example = "Ada Lovelace") String displayName,
			@Max(150) @Schema(example = "36") int ageInYears, @JsonProperty("X-Tag") String tag,
			List<PhoneNumber> phoneNumbers) {
	}

	public static class PhoneNumber {

		private String countryCode = "+44";

		private String localNumber = "20 7946 0000";

		public String getCountryCode() {
			return this.countryCode;
		}

		public void setCountryCode(String countryCode) {
			this.countryCode = countryCode;
		}

		public String getLocalNumber() {
			return this.localNumber;
		}

		public void setLocalNumber(String localNumber) {
			this.localNumber = localNumber;
		}

	}

	public record ProfileUpdated(String displayName, int ageInYears, boolean isVerified) {
	}

	@SocketIoController
	@Emits(event = "profile_updated", payload = ProfileUpdated.class)
	static class ProfileController {

		@OnEvent("update_profile")
		ProfileUpdated update(UpdateProfile profile) {
			return new ProfileUpdated(profile.displayName(), profile.ageInYears(), false);
		}

	}

}
